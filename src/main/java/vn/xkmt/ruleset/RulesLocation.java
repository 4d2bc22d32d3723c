package vn.xkmt.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the rules are: the folder the user names, else {@code XKMT_RULES}, else {@code ./rules}
 * when it exists, else the copy bundled in the jar (unpacked to a temporary folder).
 */
public final class RulesLocation {

    static final String BUNDLED = "xkmt-rules";

    private RulesLocation() {
    }

    public static Path resolve(Path given) throws IOException {
        if (given != null) {
            return given;
        }
        String env = System.getenv("XKMT_RULES");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(local)) {
            return local;
        }
        return unpackBundled();
    }

    /** Copies the rules bundled in the jar to a temporary folder and returns it. */
    public static Path unpackBundled() throws IOException {
        Path target = Files.createTempDirectory("xkmt-rules-");
        target.toFile().deleteOnExit();
        var resolver = new PathMatchingResourcePatternResolver(RulesLocation.class.getClassLoader());
        for (Resource r : resolver.getResources("classpath*:" + BUNDLED + "/**")) {
            if (!r.isReadable()) {
                continue;
            }
            String url = r.getURL().toString();
            int at = url.lastIndexOf(BUNDLED + "/");
            String rel = url.substring(at + BUNDLED.length() + 1);
            if (rel.isEmpty() || rel.endsWith("/")) {
                continue;
            }
            Path out = target.resolve(java.net.URLDecoder.decode(rel, java.nio.charset.StandardCharsets.UTF_8));
            Files.createDirectories(out.getParent());
            try (InputStream in = r.getInputStream()) {
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            }
            out.toFile().deleteOnExit();
        }
        return target;
    }
}

package vn.xkmt.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files a rule set version's content hash covers: every file of its folder but its golden cases
 * ({@code tests/}), by path relative to the folder with {@code /}. What is hashed can be kept and laid
 * out again elsewhere with the same hash (the web keeps them so that old evaluations can be re-run).
 */
public final class RuleSetFiles {

    private RuleSetFiles() {
    }

    /** The hashed files of a version folder, by relative path. */
    public static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith("tests/")) {
                    out.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    /** SHA-256 over each file's relative path, a zero byte and its bytes, in the order of the paths. */
    public static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String rel : files.keySet().stream().sorted(Comparator.comparing(Path::of)).toList()) {
                md.update(rel.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(files.get(rel));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes a version folder hold exactly these files, as text (UTF-8), its {@code tests/} aside: files
     * the map does not name are deleted, the others written when they differ. Paths are relative, with
     * {@code /}, and may not leave the folder.
     */
    public static void writeExactly(Path into, Map<String, String> files) throws IOException {
        Path folder = into.toAbsolutePath().normalize();
        if (Files.isDirectory(folder)) {
            for (String rel : read(folder).keySet()) {
                if (!files.containsKey(rel)) {
                    Files.deleteIfExists(folder.resolve(rel));
                }
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            String rel = f.getKey();
            Path target = folder.resolve(rel).normalize();
            if (rel.isBlank() || rel.startsWith("/") || rel.contains("\\") || rel.contains("..") || !target.startsWith(folder)
                    || rel.startsWith("tests/")) {
                throw new IOException(RuleSetWords.both("invalidFileName") + ": " + rel);
            }
            Files.createDirectories(target.getParent());
            byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.isRegularFile(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                Files.write(target, bytes);
            }
        }
    }
}

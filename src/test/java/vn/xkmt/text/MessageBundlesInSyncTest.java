package vn.xkmt.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle — the features' under {@code src/main/resources/vn/xkmt}, the web pages' {@code i18n/messages},
 * every rule set's under {@code rules/} — says every key in Vietnamese and in English, none empty, with the same
 * positional placeholders ({@code {0}}, {@code {1}}) in both. Named ones ({@code {value}}, {@code {valueEn}}) may
 * differ: a finding hands each language its own words.
 */
class MessageBundlesInSyncTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^{}]*}");

    /** Pairs of (Vietnamese, English) bundle files. */
    static List<Path[]> bundles() throws IOException {
        List<Path[]> pairs = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/resources/vn/xkmt"), Path.of("rules"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.getFileName().toString().endsWith("_vi.properties")).sorted().forEach(vi -> pairs.add(
                        new Path[] {vi, vi.resolveSibling(vi.getFileName().toString().replace("_vi.", "_en."))}));
            }
        }
        pairs.add(new Path[] {Path.of("src/main/resources/i18n/messages.properties"),
                Path.of("src/main/resources/i18n/messages_en.properties")});
        return pairs;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyIsInBothLanguagesWithTheSamePlaceholders(Path vi, Path en) throws IOException {
        Properties v = load(vi);
        Properties e = load(en);
        assertThat(e.stringPropertyNames()).as("keys of %s and %s", en, vi).isEqualTo(v.stringPropertyNames());
        for (String key : v.stringPropertyNames()) {
            assertThat(v.getProperty(key)).as("%s: %s", vi, key).isNotBlank();
            assertThat(e.getProperty(key)).as("%s: %s", en, key).isNotBlank();
            assertThat(placeholders(e.getProperty(key))).as("placeholders of %s in %s and %s", key, en, vi)
                    .isEqualTo(placeholders(v.getProperty(key)));
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(Path file) throws IOException {
        assertThat(file).exists();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}

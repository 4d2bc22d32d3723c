package vn.xkmt.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The "depends on" column of docs/architecture.md is what the code depends on: no more, no less. */
class ArchitectureDocTest {

    private static final Set<String> FEATURES = Set.of("text", "commune", "evaluation", "ruleset", "ingest", "batch", "report",
            "authoring", "template", "cli", "web");
    private static final Pattern ROW = Pattern.compile("^\\| `vn\\.xkmt(?:\\.([a-z]+))?` \\|.*\\| ([^|]+) \\|$");

    @Test
    void theDocumentedDependenciesOfEveryPackageAreItsRealOnes() throws Exception {
        Map<String, Set<String>> documented = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                Set<String> on = new TreeSet<>();
                for (String word : m.group(2).split("[^a-z]+")) {
                    if (FEATURES.contains(word)) {
                        on.add(word);
                    }
                }
                documented.put(m.group(1) == null ? "(root)" : m.group(1), on);
            }
        }
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.xkmt");
        Map<String, Set<String>> actual = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = feature(c.getPackageName());
            actual.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String pkg = d.getTargetClass().getPackageName();
                if (pkg.startsWith("vn.xkmt")) {
                    String to = feature(pkg);
                    if (!to.equals(from) && !to.equals("(root)")) {
                        actual.get(from).add(to);
                    }
                }
            }
        }
        assertThat(documented).as("docs/architecture.md, column 'depends on'").isEqualTo(actual);
    }

    private static String feature(String pkg) {
        String rest = pkg.equals("vn.xkmt") ? "" : pkg.substring("vn.xkmt.".length());
        return rest.isEmpty() ? "(root)" : rest.split("\\.")[0];
    }
}

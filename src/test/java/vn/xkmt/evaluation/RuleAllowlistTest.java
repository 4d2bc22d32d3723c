package vn.xkmt.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Member;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reviewed allowlist names only what exists, never a package, and never the engine's own machinery. */
class RuleAllowlistTest {

    private static List<String[]> entries() throws IOException {
        try (InputStream in = RuleAllowlist.class.getResourceAsStream("rule-allowlist.txt")) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.contains("#") ? line.substring(0, line.indexOf('#')).strip() : line.strip();
                if (!text.isEmpty()) {
                    out.add(text.split("\\s+"));
                }
            }
            return out;
        }
    }

    @Test
    void everyEntryNamesATypeAndAMemberThatExist() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String[] e : entries()) {
            if (e[0].equals("bootstrap")) {
                continue;
            }
            Class<?> c = Class.forName(e[1], false, getClass().getClassLoader());
            if (e[0].equals("member") && !e[2].equals("*")) {
                boolean found = e[2].equals("<init>") ? c.getDeclaredConstructors().length > 0
                        : Stream.concat(Arrays.stream(c.getDeclaredMethods()), Arrays.stream(c.getDeclaredFields()))
                        .map(Member::getName).anyMatch(e[2]::equals);
                if (!found) {
                    missing.add(e[1] + " " + e[2]);
                }
            }
        }
        assertThat(missing).as("allowlist entries naming nothing").isEmpty();
    }

    @Test
    void noEntryReachesTheEngineTheSessionOrAPersonsName() throws Exception {
        List<String> owners = entries().stream().filter(e -> !e[0].equals("bootstrap")).map(e -> e[1] + " "
                + (e.length > 2 ? e[2] : "")).toList();
        assertThat(owners).noneMatch(o -> o.startsWith("vn.xkmt.evaluation.RuleBudget")
                || o.startsWith("vn.xkmt.evaluation.CompiledRuleSet") || o.startsWith("org.kie.")
                || o.startsWith("java.lang.System exit") || o.startsWith("java.lang.Class forName")
                || o.startsWith("java.lang.reflect.") || o.startsWith("java.io.") && !o.startsWith("java.io.Serializable")
                || o.contains("KieRuntime") || o.contains("getRuntime") || o.contains("getContext")
                || o.startsWith("vn.xkmt.commune.Fact ") && !o.equals("vn.xkmt.commune.Fact ")
                || o.startsWith("vn.xkmt.commune.Person fullName") || o.startsWith("vn.xkmt.commune.Person getFullName"));
    }
}

package vn.xkmt.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What code compiled from a rule set may name: the one reviewed file
 * {@code vn/xkmt/evaluation/rule-allowlist.txt}. Each line is {@code type OWNER} (the type may be
 * named: a cast, an instance test, a class literal, a super type) or {@code member OWNER NAME [DESC]}
 * (a method, constructor {@code <init>} or field; {@code *} for every member the type itself
 * declares; an optional JVM descriptor narrows it to one overload), or {@code bootstrap OWNER NAME}
 * (an invokedynamic bootstrap such as the lambda factory). Owners are written with dots. There are
 * no package wildcards: every owner is named.
 */
final class RuleAllowlist {

    private static final String FILE = "rule-allowlist.txt";
    private static final RuleAllowlist DEFAULT = read(RuleAllowlist.class.getResourceAsStream(FILE));

    private final Set<String> types = new HashSet<>();
    /** owner → member name → allowed descriptors ("" = any). */
    private final Map<String, Map<String, Set<String>>> members = new HashMap<>();
    private final Set<String> bootstraps = new HashSet<>();

    static RuleAllowlist get() {
        return DEFAULT;
    }

    static RuleAllowlist read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException(FILE + " is missing from the class path");
        }
        RuleAllowlist list = new RuleAllowlist();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String text = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                String[] w = text.strip().split("\\s+");
                if (w.length == 1 && w[0].isEmpty()) {
                    continue;
                }
                switch (w[0]) {
                    case "type" -> list.types.add(internal(w, 2, n));
                    case "member" -> {
                        if (w.length < 3 || w.length > 4) {
                            throw new IllegalStateException(FILE + ":" + n + ": member OWNER NAME [DESC]");
                        }
                        String owner = internal(w, w.length, n);
                        list.types.add(owner);
                        list.members.computeIfAbsent(owner, k -> new HashMap<>())
                                .computeIfAbsent(w[2], k -> new HashSet<>()).add(w.length == 4 ? w[3] : "");
                    }
                    case "bootstrap" -> {
                        if (w.length != 3) {
                            throw new IllegalStateException(FILE + ":" + n + ": bootstrap OWNER NAME");
                        }
                        list.bootstraps.add(w[1].replace('.', '/') + "#" + w[2]);
                    }
                    default -> throw new IllegalStateException(FILE + ":" + n + ": unknown entry " + w[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    private static String internal(String[] w, int expected, int line) {
        if (w.length < 2 || (expected == 2 && w.length != 2)) {
            throw new IllegalStateException(FILE + ":" + line + ": expected an owner");
        }
        if (w[1].contains("*")) {
            throw new IllegalStateException(FILE + ":" + line + ": no wildcards in owners: " + w[1]);
        }
        return w[1].replace('.', '/');
    }

    boolean allowsType(String internalName) {
        return types.contains(internalName);
    }

    /** Whether the member, as declared by {@code owner} (the declaring type, not a subtype), may be used. */
    boolean allowsMember(String owner, String name, String descriptor) {
        Map<String, Set<String>> m = members.get(owner);
        if (m == null) {
            return false;
        }
        for (String key : new String[] {name, "*"}) {
            Set<String> descs = m.get(key);
            if (descs != null && (descs.contains("") || descs.contains(descriptor))) {
                return !"*".equals(key) || !"<init>".equals(name) || descs.contains("");
            }
        }
        return false;
    }

    boolean allowsBootstrap(String owner, String name) {
        return bootstraps.contains(owner + "#" + name);
    }
}

package vn.xkmt.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies of this repository's {@code rules/} folder (or part of it) for tests that edit rules. */
public final class RulesCopy {

    private RulesCopy() {
    }

    /** Copies the tree {@code from} into {@code to}, keeping what {@code keep} accepts (relative paths). */
    public static Path copy(Path from, Path to, Predicate<String> keep) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                String rel = from.relativize(p).toString().replace('\\', '/');
                if (!rel.isEmpty() && !keep.test(rel)) {
                    continue;
                }
                Path t = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(p, t);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path copy(Path from, Path to) {
        return copy(from, to, rel -> true);
    }

    /** The whole rules folder without golden cases, so that reloads need no workbook reader. */
    public static Path withoutGoldenCases(Path to) {
        return copy(Path.of("rules"), to, rel -> !rel.contains("tests"));
    }
}

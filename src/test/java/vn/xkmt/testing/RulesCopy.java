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

    /**
     * One version folder ({@code rules/<id>/<version>}) copied to {@code root/<id>/<version>}, with
     * or without its golden cases; returns the copy's folder.
     */
    public static Path version(String id, String version, Path root, boolean withGoldenCases) {
        return copy(Path.of("rules", id, version), root.resolve(id).resolve(version),
                rel -> withGoldenCases || !rel.startsWith("tests"));
    }

    /** Replaces text in a copied file; fails when the text is not there, so an edit never silently misses. */
    public static Path replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalStateException(file + " does not contain \"" + from + "\"");
            }
            Files.writeString(file, text.replace(from, to));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thanh Hóa 2024.1 copied under {@code root} with TH1's addict threshold "fewer than 10" made "fewer than {@code limit}". */
    public static Path thanhHoaWithAddictLimit(Path root, int limit, boolean withGoldenCases) {
        Path v = version("thanh-hoa", "2024.1", root, withGoldenCases);
        replace(v.resolve("parameters.yaml"), "    2024-11-01: 10", "    2024-11-01: " + limit);
        return v;
    }

    /** The whole rules folder without golden cases, so that reloads need no workbook reader. */
    public static Path withoutGoldenCases(Path to) {
        return copy(Path.of("rules"), to, rel -> !rel.contains("tests"));
    }
}

package vn.xkmt.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.xkmt.commune.DataProblem;

/**
 * The workbooks named on a command line: a file as given (whatever its extension: the reader says what
 * is wrong with it), a folder searched recursively for {@code *.xlsx}, skipping Excel's {@code ~$}
 * lock files and hidden files and folders, in sorted order. A path that does not exist is an error.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The workbook files of {@code inputs}, each once, in the order given (a folder's files sorted by
     * path). Problems (missing paths, unreadable or empty folders) are added to {@code problems}.
     */
    public static List<Path> expand(List<Path> inputs, List<DataProblem> problems) {
        java.util.Map<Path, Path> seen = new java.util.LinkedHashMap<>();
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = folder(input, problems);
                if (found.isEmpty()) {
                    ReaderMessages m = ReaderMessages.folderWithoutWorkbooks(input.toString());
                    problems.add(DataProblem.warning(input.toString(), null, null, null, null, m.vi(), m.en()));
                }
                found.forEach(p -> once(p, seen, out, problems));
            } else if (Files.exists(input)) {
                once(input, seen, out, problems);
            } else {
                ReaderMessages m = absent(input);
                problems.add(DataProblem.fileError(input.toString(), m.vi(), m.en()));
            }
        }
        return out;
    }

    /**
     * Why a path that does not seem to exist cannot be used: it is not there, or it is in a folder the
     * running user may not open (then its existence cannot be told, and "not found" would mislead).
     */
    static ReaderMessages absent(Path p) {
        try {
            Files.readAttributes(p, BasicFileAttributes.class);
            return ReaderMessages.notFound(p.toString());
        } catch (AccessDeniedException e) {
            return ReaderMessages.noPermissionToFolder();
        } catch (IOException | RuntimeException e) {
            return ReaderMessages.notFound(p.toString());
        }
    }

    /** Adds {@code p} unless it is a file already added (the same file through a link, or named twice: a warning). */
    private static void once(Path p, java.util.Map<Path, Path> seen, List<Path> out, List<DataProblem> problems) {
        Path key;
        try {
            key = p.toRealPath();
        } catch (IOException | RuntimeException e) {
            key = p.toAbsolutePath().normalize();
        }
        Path first = seen.putIfAbsent(key, p);
        if (first == null) {
            out.add(p);
        } else {
            ReaderMessages m = ReaderMessages.sameFileTwice(p.toString(), first.toString());
            problems.add(DataProblem.warning(p.toString(), null, null, null, null, m.vi(), m.en()));
        }
    }

    private static List<Path> folder(Path dir, List<DataProblem> problems) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir))
                    .filter(p -> !hiddenBelow(dir, p))
                    .filter(Files::isRegularFile)
                    .filter(InputFiles::isWorkbookName)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            ReaderMessages m = ReaderMessages.unreadable(String.valueOf(e.getMessage()));
            problems.add(DataProblem.fileError(dir.toString(), m.vi(), m.en()));
            return List.of();
        }
    }

    private static boolean isWorkbookName(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$");
    }

    /** A hidden file, or a file inside a hidden folder, below {@code dir}. */
    private static boolean hiddenBelow(Path dir, Path p) {
        for (Path part : dir.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        try {
            return Files.isHidden(p);
        } catch (IOException e) {
            return false;
        }
    }
}

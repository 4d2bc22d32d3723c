package vn.xkmt.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The examples of a markdown file that are produced by running them, not pasted: a block between
 * {@code <!-- example: KIND ARGS -->} and {@code <!-- /example -->} holds, as an indented code block, what
 * running {@code ARGS} answers today. {@link #check} compares every block with a fresh run and, when
 * {@code -Dxkmt.docs.write=true}, writes the fresh text back instead of failing.
 */
final class DocumentedExamples {

    static final Pattern START = Pattern.compile("^<!-- example: (\\w+) (.+?) -->$");
    static final String END = "<!-- /example -->";
    static final boolean WRITE = Boolean.getBoolean("xkmt.docs.write");

    /** One example found in a file: where it is, what it runs and the text it holds now. */
    record Example(Path file, int line, String kind, String args, String text) {
    }

    /** The markdown files of the repository that may hold examples: the README and docs/*.md. */
    static List<Path> markdownFiles() {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static List<Example> examples(Path file, String kind) {
        List<String> lines = read(file);
        List<Example> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = START.matcher(lines.get(i).strip());
            if (!m.matches() || !m.group(1).equals(kind)) {
                continue;
            }
            int end = endOf(lines, i, file);
            found.add(new Example(file, i + 1, kind, m.group(2), String.join("\n", lines.subList(i + 1, end))));
        }
        return found;
    }

    /**
     * The examples of {@code kind} in every file, each compared with {@code render} of its arguments; the
     * differences (file, line, first differing line expected and found), or none. With
     * {@code -Dxkmt.docs.write=true} the files are rewritten and no difference is reported.
     */
    static List<String> check(String kind, Function<String, String> render) {
        return check(markdownFiles(), kind, render, WRITE);
    }

    static List<String> check(List<Path> files, String kind, Function<String, String> render, boolean write) {
        List<String> differences = new ArrayList<>();
        for (Path file : files) {
            List<Example> examples = examples(file, kind);
            if (examples.isEmpty()) {
                continue;
            }
            List<String> lines = new ArrayList<>(read(file));
            int shift = 0;
            for (Example e : examples) {
                String fresh = render.apply(e.args());
                if (fresh.equals(e.text())) {
                    continue;
                }
                if (write) {
                    int start = e.line() + shift;
                    int end = endOf(lines, start - 1, file);
                    List<String> freshLines = List.of(fresh.split("\n", -1));
                    lines.subList(start, end).clear();
                    lines.addAll(start, freshLines);
                    shift += freshLines.size() - (end - start);
                } else {
                    differences.add(difference(e, fresh));
                }
            }
            if (write) {
                write(file, lines);
            }
        }
        return differences;
    }

    /** The block as the docs show it: a blank line, the command, its answer indented by four spaces, a blank line. */
    static String block(String command, String answer) {
        StringBuilder b = new StringBuilder("\n    $ ").append(command).append('\n');
        for (String line : answer.strip().split("\r?\n")) {
            b.append(line.isBlank() ? "" : "    " + line.stripTrailing()).append('\n');
        }
        return b.toString();
    }

    private static String difference(Example e, String fresh) {
        String[] was = e.text().split("\n", -1);
        String[] now = fresh.split("\n", -1);
        int i = 0;
        while (i < was.length && i < now.length && was[i].equals(now[i])) {
            i++;
        }
        String expected = i < now.length ? now[i] : "(end of the example)";
        String found = i < was.length ? was[i] : "(end of the example)";
        return e.file() + ":" + (e.line() + 1 + i) + " (example «" + e.args() + "»): expected «" + expected
                + "», found «" + found + "» — run the tests with -Dxkmt.docs.write=true to write the fresh answer";
    }

    private static int endOf(List<String> lines, int start, Path file) {
        for (int j = start + 1; j < lines.size(); j++) {
            if (lines.get(j).strip().equals(END)) {
                return j;
            }
        }
        throw new IllegalStateException(file + ":" + (start + 1) + ": example without " + END);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

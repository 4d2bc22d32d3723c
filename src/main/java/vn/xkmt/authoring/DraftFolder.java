package vn.xkmt.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files an editor works on: a published rule set version's folder under the rules root, the
 * editor's draft of it, and temporary copies of the rules folder with a draft laid over. Every
 * editor, rule set, version and file name is checked before it becomes part of a path, so that no
 * name reaches outside the rules folder or the drafts.
 */
final class DraftFolder {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(drl|yaml|properties)");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final RuleSetRegistry registry;
    private final DraftStore drafts;

    DraftFolder(RuleSetRegistry registry, DraftStore drafts) {
        this.registry = registry;
        this.drafts = drafts;
    }

    /** The editable files of a version: manifest, parameters, messages and DRL. */
    List<String> files(String ruleSet, String version) {
        try (Stream<Path> s = Files.list(published(ruleSet, version))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> FILE_NAME.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The editor's draft of a file if there is one, else the published text. */
    String read(String user, String ruleSet, String version, String file) {
        String draft = draftFiles(user, ruleSet, version).get(checkName(file));
        return draft != null ? draft : readString(published(ruleSet, version).resolve(checkName(file)));
    }

    void save(String user, String ruleSet, String version, String file, String content) {
        checkDraft(user, ruleSet, version);
        drafts.save(user, ruleSet, version, checkName(file), content);
    }

    void discard(String user, String ruleSet, String version) {
        checkDraft(user, ruleSet, version);
        drafts.discard(user, ruleSet, version);
    }

    /** The editor's draft files by name; empty when there is no draft. */
    Map<String, String> draftFiles(String user, String ruleSet, String version) {
        checkDraft(user, ruleSet, version);
        Map<String, String> out = new LinkedHashMap<>();
        drafts.files(user, ruleSet, version).forEach((name, text) -> out.put(checkName(name), text));
        return out;
    }

    /** The published text of a file of the version; empty when the version has no such file. */
    String publishedText(String ruleSet, String version, String file) {
        Path f = published(ruleSet, version).resolve(checkName(file));
        return Files.isRegularFile(f) ? readString(f) : "";
    }

    /** Writes these files into the published version's folder. */
    void writePublished(String ruleSet, String version, Map<String, String> files) {
        Path folder = published(ruleSet, version);
        files.forEach((name, text) -> write(folder.resolve(checkName(name)), text));
    }

    /**
     * A temporary copy of the whole rules folder with this editor's draft laid over it (none when
     * {@code user} is null); {@link #delete} removes it.
     */
    Path overlay(String user, String ruleSet, String version) {
        try {
            Path tmp = Files.createTempDirectory("xkmt-draft-");
            Path root = registry.root();
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.toList()) {
                    Path t = tmp.resolve(root.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t);
                    }
                }
            }
            Path target = tmp.resolve(ruleSet).resolve(version);
            if (user != null) {
                draftFiles(user, ruleSet, version).forEach((name, text) -> write(target.resolve(name), text));
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a copy made by {@link #overlay}, and all it holds. */
    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> all = new ArrayList<>(s.toList());
            Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path published(String ruleSet, String version) {
        Path p = registry.root().resolve(checkSegment(ruleSet)).resolve(checkSegment(version));
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("Không có bộ tiêu chí " + ruleSet + " " + version + " / no rule set "
                    + ruleSet + " " + version);
        }
        return p;
    }

    private static void checkDraft(String user, String ruleSet, String version) {
        checkSegment(user);
        checkSegment(ruleSet);
        checkSegment(version);
    }

    private static String checkName(String file) {
        if (file == null || !FILE_NAME.matcher(file).matches()) {
            throw new IllegalArgumentException("Tên tệp không hợp lệ / invalid file name: " + file);
        }
        return file;
    }

    private static String checkSegment(String s) {
        if (s == null || !SEGMENT.matcher(s).matches() || s.contains("..")) {
            throw new IllegalArgumentException("Tên không hợp lệ / invalid name: " + s);
        }
        return s;
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

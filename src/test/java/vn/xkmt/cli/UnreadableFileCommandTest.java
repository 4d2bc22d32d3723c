package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.security.auth.module.UnixSystem;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.Xkmt;

/**
 * The real command, in a child JVM, run by a user who may not read the workbook: a file of mode 000, a
 * file in a folder the user may not open. Each gets a clear bilingual error naming the file and the
 * exit code of an input error, never a stack trace. When the tests run as root (CI), root reads
 * everything, so the command runs as {@code nobody} ({@code setpriv --reuid=65534}); otherwise as the
 * running user. The same user then writes a report workbook while POI's machine-wide
 * {@code poifiles} folder belongs to someone else (mode 000): the report is written all the same,
 * its temporary files in a folder of the process.
 */
class UnreadableFileCommandTest {

    private static final long NOBODY = 65534;

    @TempDir
    Path dir;

    private final boolean root = new UnixSystem().getUid() == 0;

    @Test
    void givenAFileTheUserMayNotRead_thenAClearErrorNamesItAndNoStackTrace() throws Exception {
        Path in = folder("in", "rwxr-xr-x");
        Path locked = Files.copy(Path.of("samples", "thanh-hoa.xlsx"), in.resolve("khoa.xlsx"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path closed = folder("dong", "rwxr-xr-x");
        Path inside = Files.copy(Path.of("samples", "thanh-hoa.xlsx"), closed.resolve("ben-trong.xlsx"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString(root ? "rwx------" : "---------"));
        try {
            Result r = xkmt(folder("tmp", "rwxrwxrwx"), "validate", locked.toString(), inside.toString());

            assertThat(r.exit).as(r.toString()).isEqualTo(XkmtCommand.INPUT_ERROR);
            String all = r.out + r.err;
            assertThat(all).as(r.toString())
                    .contains("LỖI/ERROR        " + locked + ": Không đọc được tệp: người dùng đang chạy XKMT không có quyền "
                            + "đọc tệp này; hãy cấp quyền đọc hoặc chép tệp sang thư mục của mình / The file cannot be read: "
                            + "the user running XKMT has no permission to read it; grant read access or copy the file to "
                            + "a folder of your own")
                    .contains("LỖI/ERROR        " + inside + ": Không đọc được tệp: người dùng đang chạy XKMT không có quyền "
                            + "mở thư mục chứa tệp này; hãy cấp quyền hoặc chép tệp sang thư mục của mình / The file cannot "
                            + "be read: the user running XKMT has no permission to open the folder that holds it; grant "
                            + "access or copy the file to a folder of your own")
                    .doesNotContain("not found")
                    .doesNotContain("Exception")
                    .doesNotContain("at vn.xkmt")
                    .doesNotContain("\tat ");
            assertThat(r.err).as(r.toString()).doesNotContain("Exception").doesNotContain("at vn.xkmt");
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void givenAnotherUsersPoifilesFolder_thenTheReportWorkbookIsWrittenAllTheSame() throws Exception {
        Path in = folder("in", "rwxr-xr-x");
        Path workbook = Files.copy(Path.of("samples", "thanh-hoa.xlsx"), in.resolve("thanh-hoa.xlsx"));
        Files.setPosixFilePermissions(workbook, PosixFilePermissions.fromString("rw-r--r--"));
        Path rules = copyTree(Path.of("rules", "thanh-hoa"), folder("rules", "rwxr-xr-x").resolve("thanh-hoa"));
        Path out = folder("out", "rwxrwxrwx");
        Path tmp = folder("tmp", "rwxrwxrwx");
        // POI's shared folder, left by another user of the machine (or by this user with its rights taken away)
        Path poifiles = Files.createDirectory(tmp.resolve("poifiles"));
        Files.setPosixFilePermissions(poifiles, PosixFilePermissions.fromString("---------"));
        Path report = out.resolve("bao-cao.xlsx");

        Result r = xkmt(tmp, "evaluate", "--rules", rules.getParent().toString(), "--xlsx", report.toString(),
                workbook.toString());

        assertThat(r.exit).as(r.toString()).isEqualTo(XkmtCommand.OK);
        assertThat(report).as(r.toString()).isRegularFile();
        assertThat(Files.size(report)).isGreaterThan(1000);
        assertThat(r.out + r.err).as(r.toString()).doesNotContain("AccessDenied").doesNotContain("poifiles")
                .doesNotContain("Exception");
        if (root) {
            assertThat(((Number) Files.getAttribute(report, "unix:uid")).longValue()).as("written by nobody").isEqualTo(NOBODY);
        }
        Files.setPosixFilePermissions(poifiles, PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> s = Files.list(poifiles)) {
            assertThat(s).as("nothing written to the other user's poifiles").isEmpty();
        }
    }

    private record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Runs {@code xkmt ARGS} in a child JVM as the test's user, or as nobody when that user is root. */
    private Result xkmt(Path tmp, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + tmp,
                "-cp", classPath(), Xkmt.class.getName()));
        cmd.addAll(List.of(args));
        Path stdout = dir.resolve("stdout-" + System.nanoTime() + ".txt");
        Path stderr = dir.resolve("stderr-" + System.nanoTime() + ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        pb.environment().remove("XKMT_RULES");
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("xkmt finished").isTrue();
        return new Result(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /**
     * The class path of the command (test classes left out). As root, the entries may lie where nobody
     * may go (the Maven repository under /root): each is linked, or copied, into a folder nobody may read.
     */
    private String classPath() throws IOException {
        List<String> out = new ArrayList<>();
        Path cp = dir.resolve("cp");
        if (root && !Files.isDirectory(cp)) {
            folder("cp", "rwxr-xr-x");
        }
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path e = Path.of(entry);
            if (entry.isBlank() || e.endsWith("test-classes") || !Files.exists(e)) {
                continue;
            }
            if (!root) {
                out.add(entry);
                continue;
            }
            Path target = cp.resolve(i++ + "-" + e.getFileName());
            if (!Files.exists(target)) {
                if (Files.isDirectory(e)) {
                    copyTree(e, target);
                } else {
                    linkOrCopy(e, target);
                }
            }
            out.add(target.toString());
        }
        return String.join(File.pathSeparator, out);
    }

    /** A hard link when every user may read the file (no bytes copied), else a copy they may read. */
    private static void linkOrCopy(Path file, Path target) throws IOException {
        if (Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ)) {
            try {
                Files.createLink(target, file);
                return;
            } catch (FileSystemException | UnsupportedOperationException notSameDisk) {
                // copied below
            }
        }
        Files.copy(file, target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** A folder of the test with these rights; the test's own folder is opened to other users. */
    private Path folder(String name, String rights) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path f = Files.createDirectories(dir.resolve(name));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(rights));
        return f;
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                    Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
        return to;
    }
}

package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.DataProblem;

class InputFilesTest {

    @TempDir
    Path dir;

    private Path touch(String rel) throws Exception {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    @Test
    void foldersAreSearchedRecursivelyForXlsxSkippingLockAndHiddenFilesInSortedOrder() throws Exception {
        Path b = touch("in/b.xlsx");
        Path a = touch("in/a.xlsx");
        Path nested = touch("in/tinh/huyen/c.XLSX");
        touch("in/~$a.xlsx");
        touch("in/.hidden.xlsx");
        touch("in/.git/d.xlsx");
        touch("in/notes.txt");
        touch("in/old.xls");
        List<DataProblem> problems = new ArrayList<>();
        assertThat(InputFiles.expand(List.of(dir.resolve("in")), problems)).containsExactly(a, b, nested);
        assertThat(problems).isEmpty();
    }

    @Test
    void filesAreTakenAsGivenWhateverTheirNameAndEachFileOnlyOnce() throws Exception {
        Path csv = touch("data.csv");
        Path x = touch("in/x.xlsx");
        List<DataProblem> problems = new ArrayList<>();
        assertThat(InputFiles.expand(List.of(csv, x, dir.resolve("in"), x), problems)).containsExactly(csv, x);
        assertThat(problems).hasSize(2).allSatisfy(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.en()).isEqualTo("File \"" + x + "\" is the same file as \"" + x
                    + "\" (through a link or named twice); it is evaluated once");
        });
    }

    @Test
    void theSameFileThroughALinkIsEvaluatedOnceWithAWarning() throws Exception {
        Path x = touch("in/x.xlsx");
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("lien-ket.xlsx"), x);
        List<DataProblem> problems = new ArrayList<>();
        assertThat(InputFiles.expand(List.of(x, link), problems)).containsExactly(x);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(link.toString());
            assertThat(p.vi()).startsWith("Tệp \"" + link + "\" chính là tệp \"" + x + "\"");
        });
    }

    @Test
    void aMissingPathIsAnErrorAndTheOthersAreStillExpanded() throws Exception {
        Path x = touch("x.xlsx");
        Path missing = dir.resolve("khong-co.xlsx");
        List<DataProblem> problems = new ArrayList<>();
        assertThat(InputFiles.expand(List.of(missing, x), problems)).containsExactly(x);
        assertThat(problems).singleElement().satisfies(e -> {
            assertThat(e.isError()).isTrue();
            assertThat(e.file()).isEqualTo(missing.toString());
            assertThat(e.vi()).isEqualTo("Không tìm thấy tệp hoặc thư mục \"" + missing + "\"");
            assertThat(e.en()).isEqualTo("File or folder \"" + missing + "\" not found");
        });
    }

    @Test
    void aFolderWithoutWorkbooksIsAWarning() throws Exception {
        touch("empty/readme.txt");
        List<DataProblem> problems = new ArrayList<>();
        assertThat(InputFiles.expand(List.of(dir.resolve("empty")), problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(w -> {
            assertThat(w.isError()).isFalse();
            assertThat(w.en()).isEqualTo("Folder \"" + dir.resolve("empty") + "\" holds no .xlsx file");
        });
    }
}

package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.WorkbookBuilder.bool;
import static vn.xkmt.testing.WorkbookBuilder.error;
import static vn.xkmt.testing.WorkbookBuilder.formula;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.Dataset;
import vn.xkmt.testing.WorkbookBuilder;

class BooleanCellsTest {

    static final String HEADER = "Có hồ sơ quản lý";

    @TempDir
    Path dir;

    @Test
    void acceptsEveryYesForm() {
        Object[] yes = {"Có", "có", "CÓ", "Co", " có ", "C", "c", "x", "X", "Yes", "yes", "YES", "TRUE", "true", "1", 1,
                bool(true), formula("1=1", true)};
        Probe p = Probe.persons(dir, "has_profile", HEADER, yes);
        for (int i = 0; i < yes.length; i++) {
            assertThat(p.value(i)).as("%s", yes[i]).isEqualTo(Boolean.TRUE);
        }
        assertThat(p.dataset.problems()).isEmpty();
    }

    @Test
    void acceptsEveryNoForm() {
        Object[] no = {"Không", "không", "KHÔNG", "Khong", "K", "k", "No", "no", "FALSE", "false", "0", 0, bool(false),
                formula("1=2", false)};
        Probe p = Probe.persons(dir, "has_profile", HEADER, no);
        for (int i = 0; i < no.length; i++) {
            assertThat(p.value(i)).as("%s", no[i]).isEqualTo(Boolean.FALSE);
        }
        assertThat(p.dataset.problems()).isEmpty();
    }

    @Test
    void blankIsUnknownNotFalse() {
        Probe p = Probe.persons(dir, "has_profile", HEADER, (Object) null);
        assertThat(p.value(0)).isNull();
        assertThat(p.dataset.persons().get(0).hasProfile().isUnknown()).isTrue();
        assertThat(p.dataset.problems()).isEmpty();
    }

    @Test
    void rejectsOtherWordsAndNumbers() {
        Object[] bad = {"Có thể", "Đúng", "v", "2", 2, "Không rõ", error(FormulaError.NA)};
        Probe p = Probe.persons(dir, "has_profile", HEADER, bad);
        for (int i = 0; i < bad.length; i++) {
            assertThat(p.value(i)).isNull();
        }
        // a value of two words or more in a person row is never quoted: it could be a full name
        assertThat(p.error(0).vi()).isEqualTo(
                "một văn bản 6 ký tự không phải Có/Không (chấp nhận: Có, Không, C, K, x, Yes, No, TRUE, FALSE, 1, 0)");
        assertThat(p.error(0).en()).isEqualTo(
                "a text of 6 characters is not yes/no (accepted: Có, Không, C, K, x, Yes, No, TRUE, FALSE, 1, 0)");
        assertThat(p.error(1).en()).startsWith("\"Đúng\" is not yes/no");
        assertThat(p.error(4).en()).startsWith("\"2\" is not yes/no");
        assertThat(p.error(6).en()).isEqualTo("The cell holds the formula error \"#N/A\"; no value can be read");
    }

    @Test
    void psychosisAndBorderBlankMeanNoWhetherTheCellOrTheWholeColumnIsMissing() {
        Probe p = Probe.persons(dir, "psychosis", "Biểu hiện loạn thần", null, "x", "Có thể");
        assertThat(p.value(0)).isEqualTo(Boolean.FALSE);
        assertThat(p.value(1)).isEqualTo(Boolean.TRUE);
        assertThat(p.value(2)).as("unreadable stays unknown, not Không").isNull();
        assertThat(p.dataset.problems()).hasSize(1);

        Dataset d = Fixtures.read(WorkbookBuilder.create()
                .sheet("Xa").header(Fixtures.COMMUNE_HEADERS).row(Fixtures.commune("X01", "Bình Kiều"))
                .sheet("Nguoi").header(Fixtures.PERSON_HEADERS).row("X01", "P1", "Nghiện", "Có mặt"), dir, "nocol.xlsx");
        assertThat(d.problems()).isEmpty();
        assertThat(d.persons().get(0).getRow().columns().get("psychosis").letter()).isNull();
        assertThat(d.persons().get(0).psychosis().isFalse()).isTrue();
        assertThat(d.communes().get(0).getBorder()).isFalse();
        assertThat(d.communes().get(0).getCommuneCommitment()).as("no default: unknown").isNull();
    }

    @Test
    void acceptedWordsAreTheContractList() {
        assertThat(ReaderMessages.BOOLEAN_FORMS.split(", ")).containsExactlyElementsOf(
                List.of("Có", "Không", "C", "K", "x", "Yes", "No", "TRUE", "FALSE", "1", "0"));
        assertThat(Arrays.asList(ReaderMessages.BOOLEAN_FORMS.split(", "))).hasSize(11);
    }
}

package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.Dataset;
import vn.xkmt.testing.WorkbookBuilder;

/** Differences nobody sees are named, never silent: hidden characters dropped, look-alike letters shown. */
class InvisibleDifferencesTest {

    @TempDir
    Path dir;

    private Dataset read(WorkbookBuilder b) {
        return Fixtures.read(b, dir, "an.xlsx");
    }

    @Test
    void sheetNamesAndHeadersWithAZeroWidthSpaceOrABomMatchAfterDroppingThem() {
        Dataset d = read(WorkbookBuilder.create().sheet("\uFEFFXa").header(Fixtures.COMMUNE_HEADERS)
                .row(Fixtures.commune("X01", "Bình Kiều"))
                .sheet("Nguoi\u200B").header("Mã\u200Bxã", "Mã đối tượng", "Phân\u00A0loại", "Tình trạng cư trú")
                .row("X01", "P1", "Nghiện", "Có mặt"));

        assertThat(d.problems()).isEmpty();
        assertThat(d.communes()).hasSize(1);
        assertThat(d.persons()).singleElement().satisfies(p -> assertThat(p.getCommuneCode()).isEqualTo("X01"));
    }

    @Test
    void aSheetNameWithACyrillicLookAlikeIsIgnoredWithAWarningShowingTheLetter() {
        Dataset d = read(WorkbookBuilder.create().sheet("Xa").header(Fixtures.COMMUNE_HEADERS)
                .row(Fixtures.commune("X01", "Bình Kiều"))
                .sheet("Ngu\u043Ei").header(Fixtures.PERSON_HEADERS).row("X01", "P1", "Nghiện", "Có mặt"));

        assertThat(d.persons()).isEmpty();
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.en()).contains("(spelt \"Ngu\\u043ei\": it holds a hidden character or a letter of another alphabet");
            assertThat(w.vi()).contains("(viết là \"Ngu\\u043ei\"");
        });
    }

    @Test
    void aHeaderWithACyrillicLookAlikeIsIgnoredWithAWarningShowingTheLetter() {
        Dataset d = read(WorkbookBuilder.create().sheet("Xa").header(Fixtures.COMMUNE_HEADERS)
                .row(Fixtures.commune("X01", "Bình Kiều"))
                .sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Phân loại", "Tình trạng cư trú", "Ghi ch\u0443")
                .row("X01", "P1", "Nghiện", "Có mặt", "ok"));

        assertThat(d.warnings()).singleElement().satisfies(w ->
                assertThat(w.en()).startsWith("Column \"Ghi chу\" (spelt \"Ghi ch\\u0443\""));
    }

    @Test
    void communeCodesDifferingOnlyByCaseOrADashLookAlikeGetAWarning() {
        Dataset d = read(WorkbookBuilder.create().sheet("Xa").header(Fixtures.COMMUNE_HEADERS)
                .row(Fixtures.commune("TH-01", "Một")).row(Fixtures.commune("th\u201301", "Hai")));

        assertThat(d.communes()).hasSize(2);
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.cell()).isEqualTo("A3");
            assertThat(w.en()).isEqualTo("Commune code \"th–01\" differs from \"TH-01\" (row 2) only by case or a dash: "
                    + "check that these are two different communes");
        });
    }
}

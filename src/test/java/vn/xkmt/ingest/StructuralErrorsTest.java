package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Person;
import vn.xkmt.testing.WorkbookBuilder;

class StructuralErrorsTest {

    static final LocalDate R = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    private WorkbookBuilder communes(String... codes) {
        WorkbookBuilder b = WorkbookBuilder.create().sheet("Xa").header(Fixtures.COMMUNE_HEADERS);
        for (String c : codes) {
            b.row(Fixtures.commune(c, "Xã " + c));
        }
        return b;
    }

    private static void assertError(DataProblem e, String sheet, Integer row, String cell, String column, String vi, String en) {
        assertThat(e.isError()).as("error").isTrue();
        assertThat(e.sheet()).isEqualTo(sheet);
        assertThat(e.row()).isEqualTo(row);
        assertThat(e.cell()).isEqualTo(cell);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.vi()).isEqualTo(vi);
        assertThat(e.en()).isEqualTo(en);
    }

    @Test
    void aWorkbookWithNeitherXaNorBaoCaoNamIsAnError() {
        Dataset d = Fixtures.read(WorkbookBuilder.create().sheet("Nguoi").header(Fixtures.PERSON_HEADERS)
                .row("X01", "P1", "Nghiện", "Có mặt"), dir, "neither.xlsx");
        assertThat(d.errors()).hasSize(2);
        assertError(d.errors().get(0), null, null, null, null,
                "Tệp không có sheet \"Xa\" (danh sách xã) hay \"BaoCaoNam\" (báo cáo năm); cần ít nhất một trong hai",
                "The workbook has neither sheet \"Xa\" (Communes) nor \"BaoCaoNam\" (AnnualReports); at least one is required");
        assertError(d.errors().get(1), "Nguoi", null, null, null,
                "Sheet \"Nguoi\" có dữ liệu nhưng tệp không có sheet \"Xa\" để đối chiếu mã xã",
                "Sheet \"Nguoi\" has rows but the workbook has no sheet \"Xa\" to hold their communes");
        assertThat(d.persons()).hasSize(1);
    }

    @Test
    void anAnnualReportWorkbookNeedsNoXaSheet() {
        Dataset d = Fixtures.read(WorkbookBuilder.create().sheet("BaoCaoNam").header("Mã đơn vị", "Tên đơn vị", "Tỉnh", "Năm")
                .row("TV", "Tỉnh Trà Vinh", "Trà Vinh", 2023), dir, "annual.xlsx");
        assertThat(d.problems()).isEmpty();
        assertThat(d.annualReports()).hasSize(1);
        assertThat(d.presentSheets()).containsExactly("BaoCaoNam");
    }

    @Test
    void aMissingRequiredColumnNamesTheSheetAndExpectedHeaderOnceAndRowsAreStillRead() {
        Dataset d = Fixtures.read(communes("X01").sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Tình trạng cư trú")
                .row("X01", "P1", "Có mặt").row("X01", "P2", "Có mặt"), dir, "nocol.xlsx");
        assertThat(d.errors()).singleElement().satisfies(e -> assertError(e, "Nguoi", 1, null, "Phân loại",
                "Sheet \"Nguoi\" thiếu cột bắt buộc \"Phân loại\" (category) ở dòng tiêu đề (dòng 1)",
                "Sheet \"Nguoi\" lacks the required column \"Phân loại\" (category) in its header row (row 1)"));
        assertThat(d.persons()).hasSize(2).allSatisfy(p -> assertThat(p.getCategory()).isNull());
    }

    @Test
    void aBlankRequiredCellIsAnErrorAndTheRowIsKeptWithThatValueUnknown() {
        Dataset d = Fixtures.read(communes("X01").sheet("Nguoi").header(Fixtures.PERSON_HEADERS)
                .row("X01", "P1", "Nghiện", "Có mặt")
                .row("X01", null, "Sử dụng trái phép", "Có mặt"), dir, "blankreq.xlsx");
        assertThat(d.errors()).singleElement().satisfies(e -> assertError(e, "Nguoi", 3, "B3", "Mã đối tượng",
                "Ô bắt buộc \"Mã đối tượng\" đang trống", "Required cell \"Mã đối tượng\" is blank"));
        assertThat(d.persons()).hasSize(2);
        Person kept = d.persons().get(1);
        assertThat(kept.getPersonId()).isNull();
        assertThat(kept.getCategory()).hasToString("USER");
        assertThat(kept.label()).isEqualTo("Nguoi dòng/row 3");
    }

    @Test
    void aDuplicateCommuneCodeIsAnErrorAndTheLaterRowIsIgnored() {
        Dataset d = Fixtures.read(communes("X01", "X02", "X01"), dir, "dupcommune.xlsx");
        assertThat(d.errors()).singleElement().satisfies(e -> assertError(e, "Xa", 4, "A4", "Mã xã",
                "Mã xã \"X01\" trùng với dòng 2; dòng này bị bỏ qua",
                "Commune code \"X01\" duplicates row 2; this row is ignored"));
        assertThat(d.communes()).extracting(c -> c.getRow().row()).containsExactly(2, 3);
    }

    @Test
    void aDuplicatePersonIdWithinACommuneIsAnErrorButTheSameIdInAnotherCommuneIsNot() {
        Dataset d = Fixtures.read(communes("X01", "X02").sheet("Nguoi").header(Fixtures.PERSON_HEADERS)
                .row("X01", "P1", "Nghiện", "Có mặt")
                .row("X02", "P1", "Nghiện", "Có mặt")
                .row("X01", "P1", "Sử dụng trái phép", "Có mặt"), dir, "dupperson.xlsx");
        assertThat(d.errors()).singleElement().satisfies(e -> assertError(e, "Nguoi", 4, "B4", "Mã đối tượng",
                "Mã đối tượng \"P1\" trùng trong xã \"X01\" (đã có ở dòng 2)",
                "Person id \"P1\" is repeated in commune \"X01\" (already on row 2)"));
        assertThat(d.persons()).hasSize(3);
    }

    @Test
    void aDuplicateVillageNameWithinACommuneIsAnErrorAfterNormalisation() {
        Dataset d = Fixtures.read(communes("X01", "X02").sheet("Thon").header("Mã xã", "Tên thôn, tổ dân phố", "Số hộ")
                .row("X01", "Thôn 1", 120)
                .row("X02", "Thôn 1", 80)
                .row("X01", "THON 1", 120), dir, "dupvillage.xlsx");
        assertThat(d.errors()).singleElement().satisfies(e -> assertError(e, "Thon", 4, "B4", "Tên thôn, tổ dân phố",
                "Thôn, tổ dân phố \"THON 1\" trùng trong xã \"X01\" (đã có ở dòng 2)",
                "Village \"THON 1\" is repeated in commune \"X01\" (already on row 2)"));
    }

    @Test
    void personVillageAndModelRowsNamingACommuneAbsentFromXaAreErrors() {
        Dataset d = Fixtures.read(communes("X01")
                .sheet("Nguoi").header(Fixtures.PERSON_HEADERS).row("X01", "P1", "Nghiện", "Có mặt").row("X99", "P2", "Nghiện", "Có mặt")
                .sheet("Thon").header("Tên thôn, tổ dân phố", "Mã xã").row("Thôn 1", "X98")
                .sheet("MoHinh").header("Mã xã", "Tên mô hình").row("X97", "Câu lạc bộ thanh niên"), dir, "orphans.xlsx");
        assertThat(d.errors()).hasSize(3);
        assertError(d.errors().get(0), "Nguoi", 3, "A3", "Mã xã",
                "Mã xã \"X99\" không có trong sheet \"Xa\"", "Commune code \"X99\" is not in sheet \"Xa\"");
        assertError(d.errors().get(1), "Thon", 2, "B2", "Mã xã",
                "Mã xã \"X98\" không có trong sheet \"Xa\"", "Commune code \"X98\" is not in sheet \"Xa\"");
        assertError(d.errors().get(2), "MoHinh", 2, "A2", "Mã xã",
                "Mã xã \"X97\" không có trong sheet \"Xa\"", "Commune code \"X97\" is not in sheet \"Xa\"");
        assertThat(d.persons()).hasSize(2);
    }

    @Test
    void committedHouseholdsAboveHouseholdsIsAnErrorOnTheCommittedCell() {
        Dataset d = Fixtures.read(communes("X01").sheet("Thon")
                .header("Mã xã", "Tên thôn, tổ dân phố", "Số hộ", "Số hộ đã ký cam kết")
                .row("X01", "Thôn 1", 100, 100)
                .row("X01", "Thôn 2", 100, 120), dir, "committed.xlsx");
        assertThat(d.errors()).singleElement().satisfies(e -> assertError(e, "Thon", 3, "D3", "Số hộ đã ký cam kết",
                "Số hộ đã ký cam kết (120) lớn hơn số hộ (100)", "Committed households (120) exceed households (100)"));
        assertThat(d.villages().get(1).getCommittedHouseholds()).isEqualTo(120);
    }

    @Test
    void negativeCountsAreErrorsAndTheCountIsUnknown() {
        Dataset d = Fixtures.read(WorkbookBuilder.create().sheet("Xa")
                .header("Mã xã", "Tên xã", "Tỉnh", "Ngày đề nghị công nhận", "Số điểm, tụ điểm phức tạp")
                .row("X01", "Bình Kiều", "Hưng Yên", R, -1)
                .sheet("Thon").header("Mã xã", "Tên thôn, tổ dân phố", "Số hộ", "Số hộ đã ký cam kết")
                .row("X01", "Thôn 1", "-5", 3), dir, "negative.xlsx");
        assertThat(d.errors()).hasSize(2);
        assertError(d.errors().get(0), "Xa", 2, "E2", "Số điểm, tụ điểm phức tạp",
                "\"-1\" là số âm (cần số nguyên không âm)", "\"-1\" is negative (expected a whole number ≥ 0)");
        assertError(d.errors().get(1), "Thon", 2, "C2", "Số hộ",
                "\"-5\" là số âm (cần số nguyên không âm)", "\"-5\" is negative (expected a whole number ≥ 0)");
        assertThat(d.communes().get(0).getHotspots()).isNull();
        assertThat(d.villages().get(0).getHouseholds()).isNull();
    }

    @Test
    void aDuplicateUnitAndYearInBaoCaoNamIsAnErrorAndTheLaterRowIsIgnored() {
        Dataset d = Fixtures.read(WorkbookBuilder.create().sheet("BaoCaoNam").header("Mã đơn vị", "Tên đơn vị", "Tỉnh", "Năm")
                .row("TV", "Tỉnh Trà Vinh", "Trà Vinh", 2023)
                .row("TV", "Tỉnh Trà Vinh", "Trà Vinh", 2022)
                .row("TV", "Tỉnh Trà Vinh", "Trà Vinh", 2023), dir, "dupunit.xlsx");
        assertThat(d.errors()).singleElement().satisfies(e -> assertError(e, "BaoCaoNam", 4, "A4", "Mã đơn vị",
                "Đơn vị \"TV\" năm 2023 trùng với dòng 2; dòng này bị bỏ qua",
                "Unit \"TV\" year 2023 duplicates row 2; this row is ignored"));
        assertThat(d.annualReports()).extracting(a -> a.getYear()).containsExactly(2023, 2022);
    }

    @Test
    void readingNeverStopsAtTheFirstErrorAndProblemsComeInSheetRowAndColumnOrder() {
        Dataset d = Fixtures.read(WorkbookBuilder.create()
                .sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Phân loại", "Tình trạng cư trú", "Ngày xét nghiệm gần nhất")
                .row("X01", "P1", "Nghiện", "???", "31/02/2024")
                .row("X01", "P2", "Nghiện", "Có mặt", "hôm qua")
                .row("X02", "P3", "Nghiện", "Có mặt", "01/01/2025")
                .sheet("Xa").header(Fixtures.COMMUNE_HEADERS)
                .row("X01", "Bình Kiều", "Hưng Yên", "30/06/2025")
                .row("X01", "Bình Kiều", "Hưng Yên", "30/06/2025"), dir, "many.xlsx");
        assertThat(d.errors()).extracting(DataProblem::place).containsExactly(
                "Nguoi!D2 (Tình trạng cư trú)",
                "Nguoi!E2 (Ngày xét nghiệm gần nhất)",
                "Nguoi!E3 (Ngày xét nghiệm gần nhất)",
                "Nguoi!A4 (Mã xã)",
                "Xa!A3 (Mã xã)");
        assertThat(d.persons()).hasSize(3);
        assertThat(d.communes()).hasSize(1);
    }
}

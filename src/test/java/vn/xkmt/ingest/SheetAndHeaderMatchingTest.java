package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.SheetSpec;
import vn.xkmt.testing.WorkbookBuilder;

class SheetAndHeaderMatchingTest {

    @TempDir
    Path dir;

    private WorkbookBuilder withCommune() {
        return WorkbookBuilder.create().sheet("Xa").header(Fixtures.COMMUNE_HEADERS).row(Fixtures.commune("X01", "Bình Kiều"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguoi", "Người", "NGUOI", "nguoi", "NGƯỜI", "Persons", "persons", "PERSONS", "Ngu_oi", " Người "})
    void personSheetIsFoundByAnyNormalisedSpellingOfItsNameOrAlias(String name) {
        Dataset d = Fixtures.read(withCommune().sheet(name).header(Fixtures.PERSON_HEADERS)
                .row("X01", "P1", "Nghiện", "Có mặt"), dir, "s.xlsx");
        assertThat(d.problems()).isEmpty();
        assertThat(d.presentSheets()).containsExactlyInAnyOrder("Xa", "Nguoi");
        assertThat(d.persons()).singleElement().satisfies(p -> assertThat(p.getRow().sheet()).isEqualTo(name));
    }

    @ParameterizedTest
    @CsvSource({"Xã,Xa", "Communes,Xa", "Thôn,Thon", "Villages,Thon", "Mô hình,MoHinh", "Models,MoHinh",
            "Báo cáo năm,BaoCaoNam", "AnnualReports,BaoCaoNam", "annual_reports,BaoCaoNam"})
    void everySheetHasItsVietnameseNameAndEnglishAlias(String name, String contractName) {
        Dataset d = Fixtures.read(WorkbookBuilder.create().sheet("Xa").header(Fixtures.COMMUNE_HEADERS)
                .sheet(name).header(DataContract.SHEETS.stream().filter(s -> s.name().equals(contractName))
                        .findFirst().orElseThrow().columns().get(0).header()), dir, "s.xlsx");
        assertThat(d.presentSheets()).contains(contractName);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void sheetOrderIsFree() {
        Dataset d = Fixtures.read(WorkbookBuilder.create()
                .sheet("Nguoi").header(Fixtures.PERSON_HEADERS).row("X01", "P1", "Nghiện", "Có mặt")
                .sheet("Xa").header(Fixtures.COMMUNE_HEADERS).row(Fixtures.commune("X01", "Bình Kiều")), dir, "order.xlsx");
        assertThat(d.problems()).isEmpty();
        assertThat(d.membersOf("X01")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HuongDan", "Hướng dẫn", "Instructions", "DanhMuc", "Danh mục", "Lists", "LISTS"})
    void reservedTemplateSheetsAreSkippedSilently(String name) {
        Dataset d = Fixtures.read(withCommune().sheet(name).header("Cột", "Ý nghĩa").row("x", "y"), dir, "r.xlsx");
        assertThat(d.problems()).isEmpty();
        assertThat(d.presentSheets()).containsExactly("Xa");
    }

    @Test
    void anUnknownSheetIsIgnoredWithAWarning() {
        Dataset d = Fixtures.read(withCommune().sheet("Sheet1").header("Mã xã").row("X02"), dir, "u.xlsx");
        assertThat(d.errors()).isEmpty();
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.sheet()).isEqualTo("Sheet1");
            assertThat(w.vi()).isEqualTo("Sheet \"Sheet1\" không thuộc mẫu dữ liệu, bị bỏ qua");
            assertThat(w.en()).isEqualTo("Sheet \"Sheet1\" is not part of the data contract and is ignored");
        });
        assertThat(d.communes()).hasSize(1);
    }

    @Test
    void twoSheetsForTheSameContractSheetAreAnErrorNamingBothAndNeitherIsRead() {
        Dataset d = Fixtures.read(withCommune()
                .sheet("Nguoi").header(Fixtures.PERSON_HEADERS).row("X01", "P1", "Nghiện", "Có mặt")
                .sheet("Persons").header(Fixtures.PERSON_HEADERS).row("X01", "P2", "Nghiện", "Có mặt"), dir, "two.xlsx");
        assertThat(d.persons()).isEmpty();
        assertThat(d.presentSheets()).contains("Nguoi");
        assertThat(d.errors()).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("Nguoi");
            assertThat(e.en()).startsWith("Sheets \"Nguoi\" and \"Persons\" are all sheet Nguoi (hidden sheets included); "
                    + "none of them is read");
        });
        assertThat(d.lostRows()).singleElement().satisfies(l -> {
            assertThat(l.cause()).isEqualTo(vn.xkmt.commune.LostRows.Cause.DUPLICATE_SHEET);
            assertThat(l.communeCode()).isNull();
            assertThat(l.cells()).extracting(c -> c.a1()).containsExactly("Nguoi", "Persons");
        });
    }

    @Test
    void headersMatchByKeyVietnameseHeaderOrAnyNormalisedSpellingInAnyOrder() {
        Dataset d = Fixtures.read(withCommune().sheet("Nguoi")
                .header("residence", "PHAN LOAI", "ma_doi_tuong", "Mã xã *", "Năm\nsinh", "last-test-date")
                .row("Có mặt", "Nghiện", "P1", "X01", 1990, "15/01/2024"), dir, "h.xlsx");
        assertThat(d.problems()).isEmpty();
        Person p = d.persons().get(0);
        assertThat(p.getPersonId()).isEqualTo("P1");
        assertThat(p.getCommuneCode()).isEqualTo("X01");
        assertThat(p.value("birth_year")).isEqualTo(1990);
        assertThat(p.getLastTestDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(p.getRow().columns().get("residence").letter()).isEqualTo("A");
        assertThat(p.getRow().columns().get("residence").header()).isEqualTo("residence");
        assertThat(p.cell("person_id").a1()).isEqualTo("Nguoi!C2");
        assertThat(p.cell("birth_year").header()).isEqualTo("Năm\nsinh");
    }

    @Test
    void previousYearColumnsMatchTheirHeaderFollowedByNamTruocOrTheirKey() {
        Dataset d = Fixtures.read(WorkbookBuilder.create().sheet("BaoCaoNam")
                .header("Mã đơn vị", "Tên đơn vị", "Tỉnh", "Năm",
                        "Số vụ mua bán, tàng trữ, vận chuyển phát hiện",
                        "Số vụ mua bán, tàng trữ, vận chuyển phát hiện năm trước",
                        "drugfree_communes_prev", "SO XA KHONG CO TE NAN MA TUY")
                .row("TV", "Tỉnh Trà Vinh", "Trà Vinh", 2023, 120, 100, 40, 45), dir, "prev.xlsx");
        assertThat(d.problems()).isEmpty();
        var a = d.annualReports().get(0);
        assertThat(a.count("cases_detected")).isEqualTo(120);
        assertThat(a.count("cases_detected_prev")).isEqualTo(100);
        assertThat(a.count("drugfree_communes_prev")).isEqualTo(40);
        assertThat(a.count("drugfree_communes")).isEqualTo(45);
        assertThat(a.getReferenceDate()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void anUnknownColumnIsIgnoredWithAWarningNamingItsHeaderCell() {
        Dataset d = Fixtures.read(withCommune().sheet("Nguoi")
                .header("Mã xã", "Mã đối tượng", "Phân loại", "Tình trạng cư trú", "Số điện thoại")
                .row("X01", "P1", "Nghiện", "Có mặt", "0912345678"), dir, "uc.xlsx");
        assertThat(d.errors()).isEmpty();
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.sheet()).isEqualTo("Nguoi");
            assertThat(w.row()).isEqualTo(1);
            assertThat(w.cell()).isEqualTo("E1");
            assertThat(w.column()).isEqualTo("Số điện thoại");
            assertThat(w.vi()).isEqualTo("Cột \"Số điện thoại\" không thuộc mẫu dữ liệu, bị bỏ qua");
            assertThat(w.en()).isEqualTo("Column \"Số điện thoại\" is not in the data contract and is ignored");
        });
        assertThat(d.persons().get(0).values()).doesNotContainValue("0912345678");
    }

    @Test
    void aRepeatedColumnIsIgnoredWithAWarning() {
        Dataset d = Fixtures.read(withCommune().sheet("Nguoi")
                .header("Mã xã", "Mã đối tượng", "Phân loại", "Tình trạng cư trú", "category")
                .row("X01", "P1", "Nghiện", "Có mặt", "Sau cai nghiện"), dir, "rc.xlsx");
        assertThat(d.persons().get(0).getCategory()).hasToString("ADDICT");
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.cell()).isEqualTo("E1");
            assertThat(w.en()).isEqualTo("Column \"category\" repeats column C and is ignored");
        });
    }

    @Test
    void everyContractKeyOfTheSheetIsInTheRowReferenceSoAnyCellCanBeNamed() {
        Dataset d = Fixtures.read(withCommune().sheet("Nguoi").header(Fixtures.PERSON_HEADERS)
                .row("X01", "P1", "Nghiện", "Có mặt"), dir, "refs.xlsx");
        Person p = d.persons().get(0);
        assertThat(p.getRow().columns().keySet()).containsExactlyInAnyOrderElementsOf(
                DataContract.PERSONS.columns().stream().map(c -> c.key()).toList());
        CellRef missing = p.cell("last_test_date");
        assertThat(missing.column()).isNull();
        assertThat(missing.header()).isEqualTo("Ngày xét nghiệm gần nhất");
        assertThat(missing.label()).isEqualTo("Nguoi!?2 (Ngày xét nghiệm gần nhất)");
        assertThat(p.cell("residence").label()).isEqualTo("Nguoi!D2 (Tình trạng cư trú)");
        assertThat(p.getLastTestDate()).as("missing optional column: blank").isNull();
    }

    @Test
    void allBlankRowsAreSkippedAndRowNumbersStayAsExcelShowsThem() {
        Dataset d = Fixtures.read(withCommune().sheet("Nguoi").header(Fixtures.PERSON_HEADERS)
                .row("X01", "P1", "Nghiện", "Có mặt")
                .blankRow()
                .row("   ", null, "", " ")
                .row("X01", "P2", "Nghiện", "Có mặt")
                .rowAt(40, "X01", "P3", "Nghiện", "Có mặt")
                .rowAt(41, null, null, null, null, "chỉ ở cột không tên"), dir, "blank.xlsx");
        assertThat(d.problems()).isEmpty();
        assertThat(d.persons()).extracting(p -> p.getRow().row()).containsExactly(2, 5, 40);
    }

    @Test
    void aHeaderBelowBlankOrTitleRowsWithinTheFirstTenIsFoundWithAWarning() {
        Dataset d = Fixtures.read(withCommune().sheet("Nguoi").rowAt(2, "Danh sách người nghiện")
                .rowAt(3, Fixtures.PERSON_HEADERS).row("X01", "P1", "Nghiện", "Có mặt"), dir, "title.xlsx");
        assertThat(d.persons()).extracting(p -> p.getRow().row()).containsExactly(4);
        assertThat(d.errors()).isEmpty();
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.row()).isEqualTo(3);
            assertThat(w.en()).startsWith("The header row of sheet \"Nguoi\" is row 3 (not row 1)");
        });
    }

    @Test
    void noHeaderAmongTheFirstTenRowsIgnoresTheSheetAndLosesItsRows() {
        Dataset d = Fixtures.read(withCommune().sheet("Nguoi").rowAt(12, Fixtures.PERSON_HEADERS)
                .row("X01", "P1", "Nghiện", "Có mặt"), dir, "nohead.xlsx");
        assertThat(d.persons()).isEmpty();
        assertThat(d.errors()).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("Nguoi");
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.en()).startsWith("Sheet \"Nguoi\" has no header row: neither row 1 nor any of its first 10 rows");
        });
        assertThat(d.lostRows()).singleElement().satisfies(l -> {
            assertThat(l.cause()).isEqualTo(vn.xkmt.commune.LostRows.Cause.NO_HEADER);
            assertThat(l.sheet()).isEqualTo("Nguoi");
        });
    }

    @Test
    void twoRowsHoldingEveryRequiredHeaderBelowRowOneAreAnError() {
        Dataset d = Fixtures.read(withCommune().sheet("Nguoi").rowAt(2, Fixtures.PERSON_HEADERS)
                .rowAt(4, Fixtures.PERSON_HEADERS).row("X01", "P1", "Nghiện", "Có mặt"), dir, "twohead.xlsx");
        assertThat(d.persons()).isEmpty();
        assertThat(d.errors()).singleElement().satisfies(e ->
                assertThat(e.en()).startsWith("Sheet \"Nguoi\" has several rows that look like its header row (rows 2, 4)"));
    }

    @Test
    void anEmptySheetGetsAWarningAndAHeaderOnlySheetNothing() {
        Dataset d = Fixtures.read(withCommune().sheet("Nguoi").sheet("Thon").header("Mã xã", "Tên thôn, tổ dân phố"),
                dir, "empty.xlsx");
        assertThat(d.errors()).isEmpty();
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.sheet()).isEqualTo("Nguoi");
            assertThat(w.en()).isEqualTo("Sheet \"Nguoi\" is empty (no header row)");
        });
        assertThat(d.presentSheets()).containsExactlyInAnyOrder("Xa", "Nguoi", "Thon");
    }

    @Test
    void everyContractHeaderIsRecognisedWithoutWarning() {
        WorkbookBuilder b = WorkbookBuilder.create();
        for (SheetSpec s : DataContract.SHEETS) {
            b.sheet(s.name()).header(Fixtures.headers(s));
        }
        Dataset d = Fixtures.read(b, dir, "full.xlsx");
        assertThat(d.problems()).isEmpty();
        assertThat(d.presentSheets()).containsExactlyInAnyOrder("Xa", "Nguoi", "Thon", "MoHinh", "BaoCaoNam");
    }

    @Test
    void everyContractKeyIsRecognisedAsAHeaderToo() {
        WorkbookBuilder b = WorkbookBuilder.create();
        for (SheetSpec s : DataContract.SHEETS) {
            b.sheet(s.alias()).header(s.columns().stream().map(c -> c.key()).toArray(String[]::new));
        }
        Dataset d = Fixtures.read(b, dir, "keys.xlsx");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void noTwoColumnsOfASheetAcceptTheSameHeader() {
        for (SheetSpec s : DataContract.SHEETS) {
            assertThatCode(() -> SheetLayout.headerIndex(s)).doesNotThrowAnyException();
            assertThat(SheetLayout.headerIndex(s).values()).containsAll(
                    java.util.stream.IntStream.range(0, s.columns().size()).boxed().toList());
        }
    }
}

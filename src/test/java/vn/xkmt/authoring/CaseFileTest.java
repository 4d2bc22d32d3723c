package vn.xkmt.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.Dataset;
import vn.xkmt.ingest.WorkbookReader;

class CaseFileTest {

    @TempDir
    Path tmp;

    private static final String EXPECTED = """
            expected:
              LC-T01:  # một xã / one commune
                verdict: UNDETERMINED
                criteria: {LC1: PASS}
            """;

    private Path file(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aCaseFileReadsIntoTheDatasetOfItsRowsByHeaderOrKeyWithTheExpectedOutcomes() throws Exception {
        Path p = file("lc-t.yaml", """
                description:
                  vi: Một xã
                  en: One commune
                Xa:
                  - Mã xã: LC-T01
                    Tên xã: Xã Mẫu
                    Tỉnh: Lào Cai
                    Xã biên giới: Có
                    Ngày đề nghị công nhận: 2024-05-20
                    hotspots: 0
                Nguoi: []
                """ + EXPECTED);
        CaseFile c = CaseFile.read(p);
        Dataset ds = c.dataset(new WorkbookReader());

        assertThat(c.expected()).containsOnlyKeys("LC-T01");
        assertThat(c.expected().get("LC-T01").verdict()).isEqualTo("UNDETERMINED");
        assertThat(ds.file()).isEqualTo(p.toString());
        assertThat(ds.errors()).isEmpty();
        assertThat(ds.presentSheets()).containsExactlyInAnyOrder("Xa", "Nguoi");
        assertThat(ds.communes()).singleElement().satisfies(x -> {
            assertThat(x.value("commune_code")).isEqualTo("LC-T01");
            assertThat(x.value("border")).isEqualTo(true);
            assertThat(x.value("request_date")).isEqualTo(LocalDate.of(2024, 5, 20));
            assertThat(x.value("hotspots")).isEqualTo(0);
            assertThat(x.getRow().row()).isEqualTo(2);
        });
    }

    @Test
    void aBadCellGivesTheReadersMessageWithTheCellOfTheEntry() throws Exception {
        Path p = file("lc-t.yaml", """
                Xa:
                  - Mã xã: LC-T01
                    Tên xã: Xã Mẫu
                    Tỉnh: Lào Cai
                    Ngày đề nghị công nhận: 2024-05-20
                  - Mã xã: LC-T02
                    Tên xã: Xã Mẫu 2
                    Tỉnh: Lào Cai
                    Ngày đề nghị công nhận: 31/02/2024
                """ + EXPECTED);
        Dataset ds = CaseFile.read(p).dataset(new WorkbookReader());

        assertThat(ds.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(p.toString());
            assertThat(e.sheet()).isEqualTo("Xa");
            assertThat(e.row()).isEqualTo(3); // entry 2, below the header row
            assertThat(e.cell()).isEqualTo("I3");
            assertThat(e.column()).isEqualTo("Ngày đề nghị công nhận");
        });
    }

    @Test
    void anUnknownColumnNamesFileSheetEntryAndKeyAndListsTheExpectedHeadersInBothLanguages() throws Exception {
        Path p = file("th-x.yaml", """
                Xa:
                  - Mã xã: TH-T01
                Thon:
                  - Mã xã: TH-T01
                    Tên thôn, tổ dân phố: Thôn Đông
                  - Mã xã: TH-T01
                    Số hộ dân: 120
                """ + EXPECTED);
        CaseFile.Invalid e = catchThrowableOfType(CaseFile.Invalid.class, () -> CaseFile.read(p));

        assertThat(e.problems()).containsExactly("th-x.yaml: sheet Thon, dòng thứ 2, «Số hộ dân»: sheet không có cột này;"
                + " các cột: Mã xã, Tên thôn, tổ dân phố, Số hộ, Số hộ đã ký cam kết, Có hòm thư tố giác,"
                + " Có bảng niêm yết đường dây nóng / sheet Thon, entry 2, «Số hộ dân»: no such column; expected headers:"
                + " Mã xã, Tên thôn, tổ dân phố, Số hộ, Số hộ đã ký cam kết, Có hòm thư tố giác,"
                + " Có bảng niêm yết đường dây nóng");
    }

    @Test
    void anUnknownSheetIsNamedWithTheSheetsOfTheContract() throws Exception {
        Path p = file("th-x.yaml", """
                Xã:
                  - Mã xã: TH-T01
                Thonn: []
                """ + EXPECTED);
        CaseFile.Invalid e = catchThrowableOfType(CaseFile.Invalid.class, () -> CaseFile.read(p));

        assertThat(e.problems()).containsExactly("th-x.yaml: «Thonn» không phải sheet của quy cách; các khóa được dùng:"
                + " description, Xa, Nguoi, Thon, MoHinh, BaoCaoNam, expected / «Thonn» is not a sheet of the data"
                + " contract; expected keys: description, Xa, Nguoi, Thon, MoHinh, BaoCaoNam, expected");
    }

    @Test
    void badYamlSyntaxNamesTheFileAndTheLine() throws Exception {
        Path p = file("th-x.yaml", "Xa:\n  - Mã xã: TH-T01\n   Tên xã: [\n");
        CaseFile.Invalid e = catchThrowableOfType(CaseFile.Invalid.class, () -> CaseFile.read(p));

        assertThat(e.problems()).singleElement().asString()
                .startsWith("th-x.yaml: YAML không đọc được / unreadable YAML: ").contains("(dòng/line 3)");
    }

    @Test
    void rowsThatAreNotMapsAndAMissingExpectedAreEachNamed() throws Exception {
        Path p = file("th-x.yaml", """
                Nguoi:
                  - TH-T01
                MoHinh: Đoàn Thanh niên
                """);
        CaseFile.Invalid e = catchThrowableOfType(CaseFile.Invalid.class, () -> CaseFile.read(p));

        assertThat(e.problems()).containsExactly(
                "th-x.yaml: sheet Nguoi, dòng thứ 1 phải là bảng Cột: giá trị / sheet Nguoi, entry 1 must map headers to values",
                "th-x.yaml: sheet MoHinh phải là danh sách các dòng (- Cột: giá trị) / must be a list of rows (- Header: value)",
                "th-x.yaml: thiếu «expected:» (kết quả mong đợi từng đơn vị) / missing «expected:» (the expected outcome of each unit)");
    }

    @Test
    void aBadCaseFileIsAProblemOfTheRunNotACase() throws Exception {
        Path root = tmp.resolve("rules");
        Path v = vn.xkmt.testing.RulesCopy.version("lao-cai", "2023.1", root, false);
        Files.createDirectories(v.resolve("tests"));
        Files.writeString(v.resolve("tests/lc-x.yaml"), "Xa:\n  - Ma xa sai: LC-T01\n" + EXPECTED);
        var catalog = vn.xkmt.ruleset.RuleSetCatalog.load(root);

        var report = new GoldenCases(catalog, new WorkbookReader()::read).run(catalog.versions("lao-cai").get(0));

        assertThat(report.cases()).isZero();
        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).singleElement().asString()
                .startsWith("lc-x.yaml: sheet Xa, dòng thứ 1, «Ma xa sai»: sheet không có cột này; các cột: Mã xã, Tên xã,");
    }

    @Test
    void theExampleOfRuleAuthoringIsACaseThatHolds() throws Exception {
        String doc = Files.readString(Path.of("docs/rule-authoring.md"));
        int start = doc.indexOf("```yaml\ndescription:");
        String example = doc.substring(start + "```yaml\n".length(), doc.indexOf("```", start + 7));
        Path root = tmp.resolve("rules");
        Path v = vn.xkmt.testing.RulesCopy.version("lao-cai", "2023.1", root, false);
        Files.createDirectories(v.resolve("tests"));
        Files.writeString(v.resolve("tests/vi-du.yaml"), example);
        var catalog = vn.xkmt.ruleset.RuleSetCatalog.load(root);

        var report = new GoldenCases(catalog, new WorkbookReader()::read).run(catalog.versions("lao-cai").get(0));

        assertThat(report.problems()).isEmpty();
        assertThat(report.mismatches()).isEmpty();
        assertThat(report.cases()).isEqualTo(1);
        assertThat(CaseFile.read(v.resolve("tests/vi-du.yaml")).dataset(new WorkbookReader()).problems()).isEmpty();
    }
}

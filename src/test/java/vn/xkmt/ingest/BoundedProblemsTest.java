package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.testing.WorkbookBuilder;

/** A flood of bad cells costs kilobytes: the errors are capped per sheet and column, the rest counted. */
class BoundedProblemsTest {

    @TempDir
    Path dir;

    @Test
    void givenThousandsOfBadCellsInTwoColumns_thenFiftyAreListedPerColumnAndTheRestCounted() {
        WorkbookBuilder b = WorkbookBuilder.streaming().sheet("Xa").header(Fixtures.COMMUNE_HEADERS)
                .row(Fixtures.commune("X01", "Bình Kiều"))
                .sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Phân loại", "Tình trạng cư trú", "Có hồ sơ quản lý");
        int persons = 3000;
        for (int i = 1; i <= persons; i++) {
            b.row("X01", "P" + i, "Nghiệnn", "Có mặt", "Cóo");
        }
        Dataset d = Fixtures.read(b, dir, "flood.xlsx");

        assertThat(d.persons()).hasSize(persons);
        List<DataProblem> inC = d.errors().stream().filter(e -> e.cell() != null && e.cell().startsWith("C")).toList();
        List<DataProblem> inE = d.errors().stream().filter(e -> e.cell() != null && e.cell().startsWith("E")).toList();
        assertThat(inC).hasSize(Problems.PER_COLUMN).first().satisfies(e -> assertThat(e.cell()).isEqualTo("C2"));
        assertThat(inE).hasSize(Problems.PER_COLUMN);
        List<DataProblem> counted = d.errors().stream().filter(e -> e.cell() == null).toList();
        assertThat(counted).extracting(DataProblem::vi).containsExactly(
                "… và 2.950 lỗi tương tự ở cột C (Phân loại) (không liệt kê hết)",
                "… và 2.950 lỗi tương tự ở cột E (Có hồ sơ quản lý) (không liệt kê hết)");
        assertThat(counted).extracting(DataProblem::en).containsExactly(
                "… and 2,950 similar errors in column C (Phân loại) (not all listed)",
                "… and 2,950 similar errors in column E (Có hồ sơ quản lý) (not all listed)");
        assertThat(counted).allSatisfy(e -> assertThat(e.sheet()).isEqualTo("Nguoi"));
        assertThat(d.errors()).hasSize(2 * Problems.PER_COLUMN + 2);
    }

    @Test
    void givenErrorsInManyColumns_thenASheetListsAtMostItsCapInAll() {
        WorkbookBuilder b = WorkbookBuilder.streaming().sheet("Xa").header(Fixtures.COMMUNE_HEADERS)
                .row(Fixtures.commune("X01", "Bình Kiều"))
                .sheet("Thon").header("Mã xã", "Tên thôn, tổ dân phố", "Số hộ", "Số hộ đã ký cam kết", "Có hòm thư tố giác",
                        "Có bảng niêm yết đường dây nóng");
        for (int i = 1; i <= 400; i++) {
            b.row("X01", "Thôn " + i, "nhiều", "ít", "có lẽ", "chưa");
        }
        Dataset d = Fixtures.read(b, dir, "many.xlsx");

        long listed = d.errors().stream().filter(e -> e.cell() != null).count();
        assertThat(listed).isEqualTo(4 * Problems.PER_COLUMN);
        assertThat(d.errors().stream().filter(e -> e.cell() == null).map(DataProblem::en))
                .containsExactly("… and 350 similar errors in column C (Số hộ) (not all listed)",
                        "… and 350 similar errors in column D (Số hộ đã ký cam kết) (not all listed)",
                        "… and 350 similar errors in column E (Có hòm thư tố giác) (not all listed)",
                        "… and 350 similar errors in column F (Có bảng niêm yết đường dây nóng) (not all listed)");
    }

    @Test
    void givenACellLongerThanExcelAllows_thenItIsCutWithAnError() {
        String long40k = "a".repeat(40_000);
        String xa = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã xã</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Tên xã</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>Tỉnh</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Ngày đề nghị công nhận</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>X01</t></is></c><c r=\"B2\" t=\"s\"><v>0</v></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><t>Lào Cai</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>" + long40k
                + "</t></is></c></row>";
        Dataset d = Fixtures.READER.read(RawXlsx.create().sharedStrings("b".repeat(50_000)).sheet("Xa", xa)
                .write(dir.resolve("long.xlsx")));

        assertThat(d.communes()).singleElement().satisfies(c -> assertThat(c.getCommuneName()).hasSize(32_767));
        assertThat(d.errors()).extracting(DataProblem::cell).contains("B2", "D2");
        assertThat(d.errors()).filteredOn(e -> "B2".equals(e.cell())).singleElement().satisfies(e -> {
            assertThat(e.vi()).isEqualTo("Ô dài hơn 32.767 ký tự (giới hạn của Excel); chỉ giữ 32.767 ký tự đầu");
            assertThat(e.en()).isEqualTo(
                    "The cell is longer than 32,767 characters (Excel's limit); only its first 32,767 characters are kept");
        });
    }

    @Test
    void givenASheetBeyondItsRowBound_thenItIsReadUpToTheBoundAndValidateExitsWithTheResourceCode() {
        WorkbookBuilder b = WorkbookBuilder.streaming().sheet("Xa").header(Fixtures.COMMUNE_HEADERS);
        int bound = SheetKind.COMMUNES.maxRows();
        for (int i = 1; i <= bound + 5; i++) {
            b.row(Fixtures.commune("X" + i, "Xã " + i));
        }
        Path file = b.write(dir.resolve("qua-nhieu.xlsx"));

        Dataset d = Fixtures.READER.read(file);
        vn.xkmt.testing.CommandRun v = vn.xkmt.testing.CommandRun.xkmt("validate", file.toString());

        assertThat(d.communes()).hasSize(bound);
        assertThat(d.errors()).filteredOn(DataProblem::isResource).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("Xa");
            assertThat(e.en()).startsWith("Sheet \"Xa\" has more than 20,000 data rows, beyond what is read from one file; "
                    + "it is read up to row " + (bound + 1));
        });
        assertThat(v.exit()).isEqualTo(vn.xkmt.cli.XkmtCommand.RESOURCE);
    }

    @Test
    void givenTwentyThousandOverlappingMergesOverTheWholeSheet_thenItIsReadInSeconds() {
        StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã xã</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Tên xã</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Tỉnh</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>Ngày đề nghị công nhận</t></is></c></row>");
        for (int r = 2; r < 3000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>X")
                    .append(r).append("</t></is></c><c r=\"B").append(r).append("\" t=\"inlineStr\"><is><t>Xã</t></is></c>"
                    + "<c r=\"C").append(r).append("\" t=\"inlineStr\"><is><t>Lào Cai</t></is></c></row>");
        }
        StringBuilder merges = new StringBuilder("<mergeCells>");
        for (int i = 0; i < 25_000; i++) {
            merges.append("<mergeCell ref=\"A").append(2 + i % 50).append(":XFD1048576\"/>");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                + rows + "</sheetData>" + merges + "</mergeCells></worksheet>";
        long start = System.nanoTime();

        Dataset d = Fixtures.READER.read(RawXlsx.create().sheetXml("Xa", xml).write(dir.resolve("gop.xlsx")));

        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(10_000);
        assertThat(d.communes()).hasSize(2998);
    }
}

package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.Dataset;

/** Cell encodings other tools write, read through hand-made packages. */
class SheetXmlFormsTest {

    @TempDir
    Path dir;

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    static final String HEADER = "<row r=\"1\">" + inline("A1", "Mã xã") + inline("B1", "Tên xã") + inline("C1", "Tỉnh")
            + inline("D1", "Ngày đề nghị công nhận") + inline("E1", "Số điểm, tụ điểm phức tạp") + "</row>";

    @Test
    void inlineStringsIsoDateCellsFormulaStringsAndNumbersWithoutStyles() {
        Path f = RawXlsx.create().sheet("Xa", HEADER
                + "<row r=\"2\">" + inline("A2", "X01") + "<c r=\"B2\" t=\"str\"><f>\"Bình \"&amp;\"Kiều\"</f><v>Bình Kiều</v></c>"
                + inline("C2", "Hưng Yên") + "<c r=\"D2\" t=\"d\"><v>2025-06-30T00:00:00</v></c><c r=\"E2\"><v>3</v></c></row>"
                + "<row r=\"3\">" + "<c r=\"A3\"><v>2683</v></c>" + "<c r=\"B3\" t=\"inlineStr\"><is><r><t>Nhuế </t></r><r><rPr><b/></rPr><t>Dương</t></r></is></c>"
                + inline("C3", "Hưng Yên") + inline("D3", "30/06/2025") + "<c r=\"E3\"><f>1+1</f><v>2</v></c></row>")
                .write(dir.resolve("inline.xlsx"));
        Dataset d = Fixtures.READER.read(f);
        assertThat(d.problems()).isEmpty();
        assertThat(d.communes()).hasSize(2);
        assertThat(d.communes().get(0).getCommuneName()).isEqualTo("Bình Kiều");
        assertThat(d.communes().get(0).getRequestDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(d.communes().get(0).getHotspots()).isEqualTo(3);
        assertThat(d.communes().get(1).getCommuneCode()).isEqualTo("2683");
        assertThat(d.communes().get(1).getCommuneName()).isEqualTo("Nhuế Dương");
        assertThat(d.communes().get(1).getHotspots()).isEqualTo(2);
    }

    @Test
    void sharedStringsWithRichRunsPhoneticRunsAndEscapes() {
        Path f = RawXlsx.create()
                .sharedStrings("Mã xã", "Tên xã", "Tỉnh", "Ngày đề nghị công nhận", "X01",
                        "<r><t>Đông </t></r><r><t>Ninh</t></r><rPh sb=\"0\" eb=\"1\"><t>ドン</t></rPh>", "Hưng_x000D_Yên")
                .sheet("Xa", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c><c r=\"B2\" t=\"s\"><v>5</v></c>"
                        + "<c r=\"C2\" t=\"s\"><v>6</v></c>" + inline("D2", "2025-06-30") + "</row>")
                .write(dir.resolve("sst.xlsx"));
        Dataset d = Fixtures.READER.read(f);
        assertThat(d.problems()).isEmpty();
        assertThat(d.communes().get(0).getCommuneName()).isEqualTo("Đông Ninh");
        assertThat(d.communes().get(0).getProvince()).isEqualTo("Hưng\rYên");
    }

    @Test
    void cellsAndRowsWithoutReferencesFollowThePreviousOne() {
        Path f = RawXlsx.create().sheet("Xa",
                "<row>" + "<c t=\"inlineStr\"><is><t>Mã xã</t></is></c><c t=\"inlineStr\"><is><t>Tên xã</t></is></c>"
                        + "<c t=\"inlineStr\"><is><t>Tỉnh</t></is></c><c t=\"inlineStr\"><is><t>Ngày đề nghị công nhận</t></is></c></row>"
                        + "<row><c t=\"inlineStr\"><is><t>X01</t></is></c><c t=\"inlineStr\"><is><t>Ông Đình</t></is></c>"
                        + "<c t=\"inlineStr\"><is><t>Hưng Yên</t></is></c><c t=\"inlineStr\"><is><t>31/02/2025</t></is></c></row>")
                .write(dir.resolve("norefs.xlsx"));
        Dataset d = Fixtures.READER.read(f);
        assertThat(d.communes()).singleElement().satisfies(c -> assertThat(c.getCommuneName()).isEqualTo("Ông Đình"));
        assertThat(d.errors()).singleElement().satisfies(e -> assertThat(e.cell()).isEqualTo("D2"));
    }

    @Test
    void prefixedNamespacesAreReadByLocalName() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:worksheet xmlns:x=\"" + RawXlsx.MAIN + "\"><x:sheetData>"
                + "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>Mã xã</x:t></x:is></x:c>"
                + "<x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>Tên xã</x:t></x:is></x:c>"
                + "<x:c r=\"C1\" t=\"inlineStr\"><x:is><x:t>Tỉnh</x:t></x:is></x:c>"
                + "<x:c r=\"D1\" t=\"inlineStr\"><x:is><x:t>Ngày đề nghị công nhận</x:t></x:is></x:c></x:row>"
                + "<x:row r=\"2\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>X01</x:t></x:is></x:c>"
                + "<x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>Đại Tập</x:t></x:is></x:c>"
                + "<x:c r=\"C2\" t=\"inlineStr\"><x:is><x:t>Hưng Yên</x:t></x:is></x:c>"
                + "<x:c r=\"D2\" t=\"inlineStr\"><x:is><x:t>1/7/2025</x:t></x:is></x:c></x:row>"
                + "</x:sheetData></x:worksheet>";
        Dataset d = Fixtures.READER.read(RawXlsx.create().sheetXml("Xa", xml).write(dir.resolve("prefixed.xlsx")));
        assertThat(d.problems()).isEmpty();
        assertThat(d.communes().get(0).getRequestDate()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aDamagedSheetKeepsTheRowsReadBeforeTheDamageAndSaysWhere() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>" + HEADER
                + "<row r=\"2\">" + inline("A2", "X01") + inline("B2", "Bình Kiều") + inline("C2", "Hưng Yên") + inline("D2", "30/06/2025") + "</row>"
                + "<row r=\"3\">" + inline("A3", "X02") + "<c r=\"B3\" t=\"inlineStr\"><is><t>Nhuế Dương</is></c></row>"
                + "</sheetData></worksheet>";
        Dataset d = Fixtures.READER.read(RawXlsx.create().sheetXml("Xa", xml).write(dir.resolve("damaged.xlsx")));
        assertThat(d.communes()).hasSize(1);
        assertThat(d.errors()).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("Xa");
            assertThat(e.vi()).isEqualTo("XML của sheet \"Xa\" bị hỏng sau dòng 2; chỉ giữ các dòng đọc được trước đó");
            assertThat(e.en()).isEqualTo("The XML of sheet \"Xa\" is damaged after row 2; only the rows read before it are kept");
        });
    }

    @Test
    void aFormulaErrorInATextColumnIsAnError() {
        Dataset d = Fixtures.READER.read(RawXlsx.create().sheet("Xa", HEADER
                + "<row r=\"2\">" + inline("A2", "X01") + "<c r=\"B2\" t=\"e\"><f>VLOOKUP(1,A:A,2,0)</f><v>#N/A</v></c>"
                + inline("C2", "Hưng Yên") + inline("D2", "30/06/2025") + "</row>").write(dir.resolve("err.xlsx")));
        assertThat(d.errors()).hasSize(1).first().satisfies(e -> {
            assertThat(e.cell()).isEqualTo("B2");
            assertThat(e.en()).isEqualTo("The cell holds the formula error \"#N/A\"; no value can be read");
        });
        assertThat(d.communes().get(0).getCommuneName()).isNull();
    }
}

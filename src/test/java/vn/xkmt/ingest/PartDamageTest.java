package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;

/**
 * One bad part never loses the whole workbook: each part of the three-commune workbook damaged in
 * turn (its content replaced by text that is no XML); every sheet whose part is sound is still read,
 * and a damaged sheet is named. Only the parts that say where the sheets are (the workbook, its
 * relationships, the content types) stop the reading, with an error naming the part.
 */
class PartDamageTest {

    @TempDir
    Path tmp;

    static Stream<String> parts() {
        return ZipParts.of(LostRowsWorkbooks.clean()).parts().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parts")
    void givenOnePartDamaged_thenEveryOtherSheetIsStillReadAndTheDamageNamed(String part) {
        byte[] damaged = ZipParts.of(LostRowsWorkbooks.clean()).put(part, "<<< không phải XML \u0000").bytes();
        Dataset d = Fixtures.READER.read(LostRowsWorkbooks.write(damaged, tmp.resolve("hong.xlsx")));

        List<String> sheets = List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
                "xl/worksheets/sheet4.xml");
        if (List.of("xl/workbook.xml", "[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels",
                "xl/sharedStrings.xml").contains(part)) {
            assertThat(d.errors()).singleElement().satisfies(e -> assertThat(e.en()).contains(part));
            return;
        }
        int damagedSheet = sheets.indexOf(part);
        assertThat(d.communes()).hasSize(damagedSheet == 0 ? 0 : 3);
        assertThat(d.persons()).hasSize(damagedSheet == 1 ? 0 : 21);
        assertThat(d.villages()).hasSize(damagedSheet == 2 ? 0 : 3);
        assertThat(d.models()).hasSize(damagedSheet == 3 ? 0 : 3);
        if (damagedSheet >= 0) {
            String name = List.of("Xa", "Nguoi", "Thon", "MoHinh").get(damagedSheet);
            assertThat(d.errors()).filteredOn(e -> name.equals(e.sheet())).isNotEmpty();
            // without sheet Xa, the other sheets' rows name communes it does not list
            assertThat(d.errors()).filteredOn(e -> !name.equals(e.sheet()))
                    .allSatisfy(e -> assertThat(e.en()).endsWith("is not in sheet \"Xa\""));
            assertThat(d.lostRows()).singleElement().satisfies(l -> assertThat(l.sheetName()).isEqualTo(name));
        } else {
            assertThat(d.errors()).as("a part that decides nothing: %s", part).isEmpty();
            assertThat(d.warnings()).allSatisfy(w -> assertThat(w.en()).contains(part));
        }
    }

    private Dataset read(ZipParts parts) {
        return Fixtures.READER.read(LostRowsWorkbooks.write(parts.bytes(), tmp.resolve("p" + System.nanoTime() + ".xlsx")));
    }

    private static void allRead(Dataset d) {
        assertThat(d.communes()).as(d.problems().toString()).hasSize(3);
        assertThat(d.persons()).as(d.problems().toString()).hasSize(21);
        assertThat(d.persons()).hasSize(21);
        assertThat(d.villages()).hasSize(3);
        assertThat(d.models()).hasSize(3);
    }

    @org.junit.jupiter.api.Test
    void givenANonDateInTheDocumentProperties_thenTheWorkbookIsReadWithAWarning() {
        Dataset d = read(ZipParts.of(LostRowsWorkbooks.clean()).put("docProps/core.xml",
                "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                        + "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">hôm qua</dcterms:created></cp:coreProperties>"));

        allRead(d);
        assertThat(d.errors()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void givenAPartWithoutADeclaredContentType_thenTheWorkbookIsStillRead() {
        Dataset d = read(ZipParts.of(LostRowsWorkbooks.clean()).edit("[Content_Types].xml",
                x -> x.replaceAll("<Default [^>]*Extension=\"xml\"[^>]*/>", "")
                        .replaceAll("<Override [^>]*PartName=\"/xl/worksheets/sheet2.xml\"[^>]*/>", "")));

        allRead(d);
        assertThat(d.errors()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void givenMoreThanAThousandEntries_thenTheWorkbookIsStillRead() {
        ZipParts parts = ZipParts.of(LostRowsWorkbooks.clean());
        for (int i = 0; i < 1200; i++) {
            parts.put("customXml/item" + i + ".xml", "<a/>");
        }
        Dataset d = read(parts);

        allRead(d);
        assertThat(d.errors()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void givenADateCellHoldingInfinity_thenOnlyThatCellIsUnreadable() {
        Dataset d = read(ZipParts.of(LostRowsWorkbooks.clean()).edit(LostRowsWorkbooks.NGUOI_PART,
                x -> x.replaceFirst("(<c r=\"L2\"[^>]*><v>)[^<]*(</v>)", "$1Infinity$2")));

        allRead(d);
        assertThat(d.errors()).singleElement().satisfies(e -> assertThat(e.cell()).isEqualTo("L2"));
    }

    @org.junit.jupiter.api.Test
    void givenADanglingOrExternalSheetRelationship_thenOnlyThatSheetIsLostAndNamed() {
        for (String target : List.of("worksheets/khong-co.xml", "https://example.org/sheet.xml\" TargetMode=\"External")) {
            Dataset d = read(ZipParts.of(LostRowsWorkbooks.clean()).edit("xl/_rels/workbook.xml.rels",
                    x -> x.replace("worksheets/sheet2.xml", target)));

            assertThat(d.communes()).hasSize(3);
            assertThat(d.persons()).isEmpty();
            assertThat(d.villages()).hasSize(3);
            assertThat(d.errors()).singleElement().satisfies(e -> {
                assertThat(e.sheet()).isEqualTo("Nguoi");
                assertThat(e.en()).startsWith("The content of sheet \"Nguoi\" cannot be opened");
            });
            assertThat(d.lostRows()).singleElement().satisfies(l -> assertThat(l.cause())
                    .isEqualTo(vn.xkmt.commune.LostRows.Cause.UNREADABLE_PART));
        }
    }

    @org.junit.jupiter.api.Test
    void givenASheetWithoutARelationshipId_thenItIsAnErrorNotASilentSkip() {
        Dataset d = read(ZipParts.of(LostRowsWorkbooks.clean()).edit("xl/workbook.xml",
                x -> x.replaceFirst("(<sheet name=\"Nguoi\"[^>]*?) r:id=\"rId[0-9]+\"", "$1")));

        assertThat(d.persons()).isEmpty();
        assertThat(d.errors()).singleElement().satisfies(e ->
                assertThat(e.en()).startsWith("Sheet \"Nguoi\" is listed in the workbook but points to no content"));
    }
}

package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.ColumnType;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.Labelled;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.SheetSpec;
import vn.xkmt.testing.WorkbookBuilder;

class EnumCellsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> enumColumns() {
        List<Arguments> out = new ArrayList<>();
        for (SheetSpec s : DataContract.SHEETS) {
            for (ColumnSpec c : s.columns()) {
                if (c.type() == ColumnType.ENUM) {
                    out.add(Arguments.of(s.name(), c.key()));
                }
            }
        }
        return out.stream();
    }

    /** Every spelling the contract accepts for a choice: label, code, label without marks in capitals, code in words. */
    static List<String> spellings(Labelled l) {
        List<String> s = new ArrayList<>();
        s.add(l.label());
        s.add(l.name());
        s.add(stripMarks(l.label()).toUpperCase(Locale.ROOT));
        s.add(l.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        s.addAll(l.aliases());
        return s;
    }

    static String stripMarks(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("enumColumns")
    void acceptsEveryLabelCodeAndAliasOfEveryChoice(String sheetName, String key) {
        SheetSpec sheet = DataContract.SHEETS.stream().filter(s -> s.name().equals(sheetName)).findFirst().orElseThrow();
        ColumnSpec col = sheet.column(key).orElseThrow();
        List<Labelled> expected = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (Labelled l : col.choices()) {
            for (String sp : spellings(l)) {
                expected.add(l);
                cells.add(sp);
            }
        }
        WorkbookBuilder b = WorkbookBuilder.create();
        if (sheet != DataContract.COMMUNES) {
            b.sheet("Xa").header(Fixtures.COMMUNE_HEADERS).row(Fixtures.commune("X01", "Bình Kiều"));
        }
        List<ColumnSpec> cols = new ArrayList<>(sheet.columns().stream().filter(ColumnSpec::required).toList());
        if (!col.required()) {
            cols.add(col);
        }
        b.sheet(sheet.name()).header(cols.stream().map(ColumnSpec::header).toArray(String[]::new));
        for (int i = 0; i < cells.size(); i++) {
            Object[] row = new Object[cols.size()];
            for (int j = 0; j < cols.size(); j++) {
                ColumnSpec c = cols.get(j);
                row[j] = c == col ? cells.get(i) : filler(sheet, c, i);
            }
            b.row(row);
        }
        Dataset d = Fixtures.read(b, dir, sheetName + "-" + key + ".xlsx");
        assertThat(d.problems()).isEmpty();
        List<? extends Fact> facts = facts(d, sheet);
        assertThat(facts).hasSize(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            assertThat(facts.get(i).value(key)).as("%s read as", cells.get(i)).isEqualTo(expected.get(i));
        }
    }

    private static Object filler(SheetSpec sheet, ColumnSpec c, int i) {
        return switch (c.key()) {
            case "commune_code" -> sheet == DataContract.COMMUNES ? "X" + i : "X01";
            case "year" -> 2023;
            default -> switch (c.type()) {
                case TEXT -> c.key() + i;
                case INTEGER -> 1;
                case DATE -> LocalDate.of(2025, 6, 30);
                case BOOLEAN -> "Có";
                case ENUM -> c.choices().get(0).label();
            };
        };
    }

    private static List<? extends Fact> facts(Dataset d, SheetSpec sheet) {
        return switch (sheet.name()) {
            case "Xa" -> d.communes();
            case "Nguoi" -> d.persons();
            case "Thon" -> d.villages();
            case "MoHinh" -> d.models();
            default -> d.annualReports();
        };
    }

    @Test
    void whereaboutsUnknownAcceptsTheShortFormButABlankResidenceIsUnknownData() {
        Probe p = Probe.persons(dir, "treatment", "Hình thức cai nghiện, điều trị", "Điều trị thay thế");
        assertThat(p.value(0)).hasToString("SUBSTITUTION");

        Dataset d = Fixtures.read(WorkbookBuilder.create()
                .sheet("Xa").header(Fixtures.COMMUNE_HEADERS).row(Fixtures.commune("X01", "Bình Kiều"))
                .sheet("Nguoi").header(Fixtures.PERSON_HEADERS)
                .row("X01", "P1", "Nghiện", "Không rõ")
                .row("X01", "P2", "Nghiện", null), dir, "residence.xlsx");
        assertThat(d.persons().get(0).getResidence()).isEqualTo(Residence.WHEREABOUTS_UNKNOWN);
        assertThat(d.persons().get(1).getResidence()).isNull();
        assertThat(d.persons().get(1).inCommunity().isUnknown()).isTrue();
        assertThat(d.problems()).singleElement().satisfies(e -> {
            assertThat(e.cell()).isEqualTo("D3");
            assertThat(e.vi()).isEqualTo("Ô bắt buộc \"Tình trạng cư trú\" đang trống");
            assertThat(e.en()).isEqualTo("Required cell \"Tình trạng cư trú\" is blank");
        });
    }

    @Test
    void rejectsAnUnlistedValueNamingEveryAcceptedLabelAndCode() {
        Probe p = Probe.persons(dir, "last_test_result", "Kết quả xét nghiệm", "Nghi_ngờ", "Âm tính", "Nghi ngờ");
        assertThat(p.value(0)).isNull();
        assertThat(p.value(1)).hasToString("NEGATIVE");
        assertThat(p.error(0).vi()).isEqualTo(
                "\"Nghi_ngờ\" không phải giá trị hợp lệ (chấp nhận: Âm tính; Dương tính; Chưa xét nghiệm)");
        assertThat(p.error(0).en()).isEqualTo(
                "\"Nghi_ngờ\" is not an accepted value (accepted: Âm tính = NEGATIVE; Dương tính = POSITIVE; "
                        + "Chưa xét nghiệm = NOT_TESTED)");
        assertThat(p.error(0).column()).isEqualTo("Kết quả xét nghiệm");
        // two words in a person row are never quoted: they could be a full name
        assertThat(p.error(2).en()).startsWith("a text of 8 characters is not an accepted value (accepted: Âm tính");
    }

    @Test
    void anUnreadableRequiredEnumIsOneErrorNotTwoAndTheRowIsKept() {
        Dataset d = Fixtures.read(WorkbookBuilder.create()
                .sheet("Xa").header(Fixtures.COMMUNE_HEADERS).row(Fixtures.commune("X01", "Bình Kiều"))
                .sheet("Nguoi").header(Fixtures.PERSON_HEADERS).row("X01", "P1", "Nghiện nặng", "Có mặt"),
                dir, "category.xlsx");
        assertThat(d.persons()).singleElement().satisfies(p -> {
            assertThat(p.getCategory()).isNull();
            assertThat(p.getPersonId()).isEqualTo("P1");
        });
        assertThat(d.problems()).singleElement().satisfies(e -> {
            assertThat(e.cell()).isEqualTo("C2");
            assertThat(e.en()).startsWith("a text of 11 characters is not an accepted value (accepted: Nghiện = ADDICT;");
        });
    }
}

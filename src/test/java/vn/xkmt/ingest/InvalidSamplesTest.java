package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;

/** The committed broken samples still show the errors their README documents. */
class InvalidSamplesTest {

    static final Path DIR = Path.of("samples", "invalid");

    private static Dataset read(String name) {
        Path f = DIR.resolve(name);
        assertThat(f).exists();
        return Fixtures.READER.read(f);
    }

    private static List<String> places(Dataset d) {
        return d.errors().stream().map(DataProblem::place).toList();
    }

    @Test
    void everySampleReadsWithTheErrorsItShows() {
        assertThat(places(read("bad-date.xlsx"))).containsExactly("Nguoi!H17 (Ngày xét nghiệm gần nhất)");
        assertThat(places(read("unknown-enum.xlsx")))
                .containsExactly("Xa!E2 (Xã biên giới)", "Nguoi!E2 (Phân loại)", "Nguoi!F3 (Tình trạng cư trú)");
        assertThat(places(read("missing-required-column.xlsx"))).containsExactly("Nguoi dòng/row 1 (Phân loại)");
        assertThat(places(read("orphan-person.xlsx"))).containsExactly("Nguoi!A3 (Mã xã)", "Thon!A3 (Mã xã)");
        assertThat(places(read("negative-count.xlsx")))
                .containsExactly("Xa!I2 (Số điểm, tụ điểm phức tạp)", "Thon!C2 (Số hộ)");
        assertThat(places(read("committed-exceeds-households.xlsx"))).containsExactly("Thon!D3 (Số hộ đã ký cam kết)");
        assertThat(read("legacy-xls-renamed.xlsx").errors()).singleElement()
                .satisfies(e -> assertThat(e.en()).contains("save it as .xlsx"));
        assertThat(read("csv-renamed.xlsx").errors()).singleElement()
                .satisfies(e -> assertThat(e.en()).contains("text or CSV"));
        assertThat(read("nguoi-without-header.xlsx").lostRows()).extracting(l -> l.cause())
                .containsExactly(vn.xkmt.commune.LostRows.Cause.NO_HEADER);
        assertThat(places(read("nguoi-twice.xlsx"))).containsExactly("Người");
        assertThat(places(read("nguoi-commune-blank.xlsx"))).hasSize(9).allMatch(p -> p.startsWith("Nguoi!A"));
        assertThat(read("nguoi-damaged.xlsx").lostRows()).extracting(l -> l.cause())
                .containsExactly(vn.xkmt.commune.LostRows.Cause.DAMAGED);
        assertThat(read("title-above-header.xlsx").problems()).singleElement().satisfies(w -> assertThat(w.isError()).isFalse());
        assertThat(read("names-in-wrong-columns.xlsx").errors()).hasSize(10)
                .allSatisfy(e -> assertThat(e.en()).startsWith("a text of "));
        assertThat(read("many-errors.xlsx").errors()).hasSize(Problems.PER_COLUMN + 1).last()
                .satisfies(e -> assertThat(e.en()).startsWith("… and 70 similar errors in column E (Phân loại)"));
    }

    @Test
    void theReadmeListsEveryFileWithTheMessagesValidatePrints() throws Exception {
        try (var files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(InvalidSamplesGenerator.FILES.keySet());
        }
        assertThat(Files.readString(DIR.resolve("README.md"))).isEqualTo(InvalidSamplesGenerator.readme(DIR));
    }
}

package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Person;
import vn.xkmt.testing.WorkbookBuilder;

/**
 * Reads a list of cells through a real workbook: sheet {@code Xa} with commune X01, sheet
 * {@code Nguoi} with one person per probed value (id P1, P2, …; row 2, 3, …) and the value in column
 * E under the given header.
 */
final class Probe {

    private static final AtomicInteger FILES = new AtomicInteger();

    final Dataset dataset;
    final String key;

    private Probe(Dataset dataset, String key) {
        this.dataset = dataset;
        this.key = key;
    }

    static Probe persons(Path dir, String key, String header, Object... values) {
        WorkbookBuilder b = WorkbookBuilder.create()
                .sheet("Xa").header(Fixtures.COMMUNE_HEADERS).row(Fixtures.commune("X01", "Bình Kiều"))
                .sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Phân loại", "Tình trạng cư trú", header);
        for (int i = 0; i < values.length; i++) {
            b.row("X01", "P" + (i + 1), "Nghiện", "Có mặt", values[i]);
        }
        Dataset d = Fixtures.read(b, dir, "probe-" + FILES.incrementAndGet() + ".xlsx");
        assertThat(d.persons()).hasSize(values.length);
        return new Probe(d, key);
    }

    /** The value read from the i-th probed cell (0-based). */
    Object value(int i) {
        Person p = dataset.persons().get(i);
        assertThat(p.getPersonId()).isEqualTo("P" + (i + 1));
        return p.value(key);
    }

    /** The problems about the i-th probed cell. */
    List<DataProblem> problems(int i) {
        return dataset.problems().stream().filter(p -> Objects.equals(p.row(), i + 2)).toList();
    }

    /** The one error about the i-th probed cell, checked to name cell E(i+2). */
    DataProblem error(int i) {
        List<DataProblem> ps = problems(i);
        assertThat(ps).as("problems of probe %d", i).hasSize(1);
        DataProblem p = ps.get(0);
        assertThat(p.isError()).isTrue();
        assertThat(p.sheet()).isEqualTo("Nguoi");
        assertThat(p.cell()).isEqualTo("E" + (i + 2));
        return p;
    }
}

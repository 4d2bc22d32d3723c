package vn.xkmt.web.authoring;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xkmt.commune.Dataset;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.web.Provinces;

/**
 * A province's latest uploads read back from their stored bytes, keeping only the rows of that
 * province (an editor never sees another province's communes through the impact view).
 */
@Component
class RecentUploads {

    static final int LATEST = 20;

    private final JdbcClient jdbc;
    private final WorkbookReader reader;

    RecentUploads(JdbcClient jdbc, WorkbookReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    /** The latest uploads naming one of these provinces (normalised keys), newest first. */
    List<Dataset> latest(Collection<String> provinceKeys) {
        if (provinceKeys.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("SELECT e.id FROM evaluation e WHERE EXISTS (SELECT 1 FROM evaluation_province p "
                        + "WHERE p.evaluation_id = e.id AND p.province IN (:p)) ORDER BY e.created_at DESC, e.id DESC")
                .param("p", provinceKeys).query(Long.class).list();
        List<Dataset> out = new ArrayList<>();
        for (Long id : ids.subList(0, Math.min(LATEST, ids.size()))) {
            byte[] bytes = jdbc.sql("SELECT content FROM evaluation_input WHERE evaluation_id = ?").param(id)
                    .query(byte[].class).optional().orElse(null);
            if (bytes == null) {
                continue;
            }
            // The upload's number stands in for its file name, so results name no client path.
            Dataset d = reader.read("upload-" + id + ".xlsx", new ByteArrayInputStream(bytes));
            out.add(only(d, Set.copyOf(provinceKeys)));
        }
        return out;
    }

    static Dataset only(Dataset d, Set<String> keys) {
        var communes = d.communes().stream().filter(c -> keys.contains(Provinces.key(c.getProvince()))).toList();
        Set<String> codes = communes.stream().map(c -> c.getCommuneCode()).collect(Collectors.toSet());
        return new Dataset(d.file(), d.sha256(), communes,
                d.persons().stream().filter(p -> codes.contains(p.getCommuneCode())).toList(),
                d.villages().stream().filter(v -> codes.contains(v.getCommuneCode())).toList(),
                d.models().stream().filter(m -> codes.contains(m.getCommuneCode())).toList(),
                d.annualReports().stream().filter(a -> keys.contains(Provinces.key(a.getProvince()))).toList(),
                d.presentSheets(), List.of(), d.lostRows().stream().filter(l -> l.communeCode() == null
                        || codes.contains(l.communeCode())).toList());
    }
}

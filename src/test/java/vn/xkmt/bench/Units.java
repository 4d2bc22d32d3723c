package vn.xkmt.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Fact;
import vn.xkmt.evaluation.UnitFacts;

/** A dataset's communes with their persons, villages and models, as the batch planner groups them. */
public final class Units {

    private static final Set<String> MEMBER_SHEETS = Set.of("Nguoi", "Thon", "MoHinh");

    private Units() {
    }

    /** One unit per commune of sheet {@code Xa}, its member rows in sheet order. */
    public static List<UnitFacts> of(Dataset ds) {
        Map<String, List<Fact>> members = new HashMap<>();
        ds.persons().forEach(p -> members.computeIfAbsent(p.getCommuneCode(), k -> new ArrayList<>()).add(p));
        ds.villages().forEach(v -> members.computeIfAbsent(v.getCommuneCode(), k -> new ArrayList<>()).add(v));
        ds.models().forEach(m -> members.computeIfAbsent(m.getCommuneCode(), k -> new ArrayList<>()).add(m));
        Set<String> present = ds.presentSheets().stream().filter(MEMBER_SHEETS::contains).collect(Collectors.toSet());
        List<UnitFacts> out = new ArrayList<>(ds.communes().size());
        for (Commune c : ds.communes()) {
            out.add(new UnitFacts(c, members.getOrDefault(c.getCommuneCode(), List.of()), present));
        }
        return out;
    }
}

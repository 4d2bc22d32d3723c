package vn.xkmt.authoring;

import java.util.Set;
import java.util.stream.Collectors;
import vn.xkmt.commune.Dataset;
import vn.xkmt.ruleset.ProvinceNames;

/** The rows of a dataset that belong to some provinces: an editor never sees another province's communes. */
public final class ProvinceSlice {

    private ProvinceSlice() {
    }

    /** @param keys normalised province keys ({@link ProvinceNames#province}) */
    public static Dataset only(Dataset d, Set<String> keys) {
        var communes = d.communes().stream().filter(c -> keys.contains(ProvinceNames.province(c.getProvince()))).toList();
        Set<String> codes = communes.stream().map(c -> c.getCommuneCode()).collect(Collectors.toSet());
        return new Dataset(d.file(), d.sha256(), communes,
                d.persons().stream().filter(p -> codes.contains(p.getCommuneCode())).toList(),
                d.villages().stream().filter(v -> codes.contains(v.getCommuneCode())).toList(),
                d.models().stream().filter(m -> codes.contains(m.getCommuneCode())).toList(),
                d.annualReports().stream().filter(a -> keys.contains(ProvinceNames.province(a.getProvince()))).toList(),
                d.presentSheets(), java.util.List.of(), d.lostRows().stream().filter(l -> l.communeCode() == null
                        || codes.contains(l.communeCode())).toList());
    }
}

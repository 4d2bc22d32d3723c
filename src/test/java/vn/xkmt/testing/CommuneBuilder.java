package vn.xkmt.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xkmt.commune.AntiDrugModel;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.DrugAreaClass;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.commune.UnitType;
import vn.xkmt.commune.Village;
import vn.xkmt.evaluation.UnitFacts;

/**
 * A commune that, unless told otherwise, meets every criterion of every rule set: no hotspot, no
 * suspect, a baseline above today's counts, one fully committed village with mailbox and board, one
 * effective Youth Union model, classified, surveyed a month ago, commitment signed.
 */
public final class CommuneBuilder {

    public static final LocalDate REQUEST = LocalDate.of(2025, 3, 15);

    private final Map<String, Object> values = new HashMap<>();
    private final List<PersonBuilder> persons = new ArrayList<>();
    private final List<Map<String, Object>> villages = new ArrayList<>();
    private final List<Map<String, Object>> models = new ArrayList<>();
    private final Set<String> sheets = new LinkedHashSet<>(List.of("Nguoi", "Thon", "MoHinh"));

    private CommuneBuilder(String code, String province) {
        values.put("commune_code", code);
        values.put("commune_name", "Xã " + code);
        values.put("unit_type", UnitType.COMMUNE);
        values.put("province", province);
        values.put("border", false);
        values.put("drug_area_class", DrugAreaClass.NONE);
        values.put("registration_date", REQUEST.minusYears(1));
        values.put("request_date", REQUEST);
        values.put("baseline_addicts", 20);
        values.put("baseline_users", 10);
        values.put("last_survey_date", REQUEST.minusDays(30));
        values.put("commune_commitment", true);
        for (String k : List.of("hotspots", "retail_sellers", "use_venues", "risk_points", "suspects", "crime_groups",
                "cultivation_cases", "production_cases", "serious_incidents")) {
            values.put(k, 0);
        }
        village("Thôn 1", 120, 120);
        model("Câu lạc bộ thanh niên phòng, chống ma túy", LeadOrg.YOUTH_UNION, true);
    }

    public static CommuneBuilder thanhHoa(String code) {
        return new CommuneBuilder(code, "Thanh Hóa");
    }

    public static CommuneBuilder laoCai(String code) {
        return new CommuneBuilder(code, "Lào Cai");
    }

    public static CommuneBuilder hungYen(String code) {
        CommuneBuilder b = new CommuneBuilder(code, "Hưng Yên");
        b.values.put("district", "Khoái Châu");
        return b;
    }

    public CommuneBuilder set(String key, Object value) {
        values.put(key, value);
        return this;
    }

    public CommuneBuilder blank(String key) {
        values.remove(key);
        return this;
    }

    public CommuneBuilder with(PersonBuilder... people) {
        persons.addAll(List.of(people));
        return this;
    }

    public CommuneBuilder noVillages() {
        villages.clear();
        return this;
    }

    public CommuneBuilder noModels() {
        models.clear();
        return this;
    }

    public CommuneBuilder village(String name, Integer households, Integer committed) {
        Map<String, Object> v = new HashMap<>();
        v.put("village_name", name);
        putIfNotNull(v, "households", households);
        putIfNotNull(v, "committed_households", committed);
        v.put("has_mailbox", true);
        v.put("has_hotline_board", true);
        villages.add(v);
        return this;
    }

    /** Changes a cell of the last village added (null leaves it blank). */
    public CommuneBuilder villageCell(String key, Object value) {
        Map<String, Object> v = villages.get(villages.size() - 1);
        if (value == null) {
            v.remove(key);
        } else {
            v.put(key, value);
        }
        return this;
    }

    public CommuneBuilder model(String name, LeadOrg org, Boolean effective) {
        Map<String, Object> m = new HashMap<>();
        m.put("model_name", name);
        putIfNotNull(m, "lead_org", org);
        putIfNotNull(m, "effective", effective);
        models.add(m);
        return this;
    }

    /** The workbook has no such sheet at all ({@code Nguoi}, {@code Thon}, {@code MoHinh}). */
    public CommuneBuilder withoutSheet(String sheet) {
        sheets.remove(sheet);
        return this;
    }

    public UnitFacts facts() {
        String code = (String) values.get("commune_code");
        LocalDate r = (LocalDate) values.get("request_date");
        Commune c = new Commune(Rows.ref(DataContract.COMMUNES, 2), values);
        List<Fact> members = new ArrayList<>();
        if (sheets.contains("Nguoi")) {
            for (int i = 0; i < persons.size(); i++) {
                members.add(persons.get(i).build(code, r, i + 2));
            }
        }
        if (sheets.contains("Thon")) {
            for (int i = 0; i < villages.size(); i++) {
                Map<String, Object> v = new HashMap<>(villages.get(i));
                v.put("commune_code", code);
                members.add(new Village(Rows.ref(DataContract.VILLAGES, i + 2), v));
            }
        }
        if (sheets.contains("MoHinh")) {
            for (int i = 0; i < models.size(); i++) {
                Map<String, Object> m = new HashMap<>(models.get(i));
                m.put("commune_code", code);
                members.add(new AntiDrugModel(Rows.ref(DataContract.MODELS, i + 2), m));
            }
        }
        return new UnitFacts(c, members, sheets);
    }

    /** Adds this commune's rows to a contract-shaped workbook (sheets this commune lacks stay absent). */
    public ContractWorkbook addTo(ContractWorkbook wb) {
        UnitFacts f = facts();
        wb.row(DataContract.COMMUNES, f.subject().values());
        sheets.forEach(s -> wb.sheet(switch (s) {
            case "Nguoi" -> DataContract.PERSONS;
            case "Thon" -> DataContract.VILLAGES;
            default -> DataContract.MODELS;
        }));
        for (Fact m : f.members()) {
            wb.row(m instanceof vn.xkmt.commune.Person ? DataContract.PERSONS
                    : m instanceof Village ? DataContract.VILLAGES : DataContract.MODELS, m.values());
        }
        return wb;
    }

    private static void putIfNotNull(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}

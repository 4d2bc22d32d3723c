package vn.xkmt.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.AntiDrugModel;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.RowRef;
import vn.xkmt.commune.Village;
import vn.xkmt.evaluation.UnitFacts;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.PersonBuilder;
import vn.xkmt.testing.TestRuleSets;

/** Runs made of built communes, laid out in one workbook each as a reader would give them. */
final class Fixtures {

    static final String SHA = "5d41402abc4b2a76b9719d911017c592aaaabbbbccccddddeeeeffff00001111";

    private Fixtures() {
    }

    /** One workbook of these communes, rows numbered per sheet from 2 as in Excel. */
    static Dataset dataset(String file, List<DataProblem> problems, CommuneBuilder... communes) {
        Map<String, Integer> next = new HashMap<>();
        List<Commune> cs = new ArrayList<>();
        List<Person> ps = new ArrayList<>();
        List<Village> vs = new ArrayList<>();
        List<AntiDrugModel> ms = new ArrayList<>();
        Set<String> sheets = new LinkedHashSet<>(List.of("Xa"));
        for (CommuneBuilder b : communes) {
            UnitFacts u = b.facts();
            sheets.addAll(u.presentSheets());
            cs.add(new Commune(ref(file, u.subject(), next), u.subject().values()));
            for (Fact f : u.members()) {
                RowRef r = ref(file, f, next);
                if (f instanceof Person) {
                    ps.add(new Person(r, f.values()));
                } else if (f instanceof Village) {
                    vs.add(new Village(r, f.values()));
                } else if (f instanceof AntiDrugModel) {
                    ms.add(new AntiDrugModel(r, f.values()));
                }
            }
        }
        return new Dataset(file, SHA, cs, ps, vs, ms, List.of(), sheets, problems);
    }

    private static RowRef ref(String file, Fact f, Map<String, Integer> next) {
        RowRef old = f.getRow();
        int row = next.merge(old.sheet(), 1, Integer::sum) + 1;
        return new RowRef(file, old.sheet(), row, old.columns());
    }

    static RunResult run(Dataset... datasets) {
        return new Evaluator(TestRuleSets.catalog(), p -> {
            throw new UnsupportedOperationException();
        }).evaluate(List.of(datasets), RunOptions.DEFAULT, Progress.NONE);
    }

    /**
     * A Lào Cai batch: LC-001 eligible border commune (phase from the border column), LC-002 fails LC3
     * (NN-007 has no profile) in phase 2, LC-003 undecided on LC1, LC-004 named like a formula, and a
     * Thanh Hóa commune, plus an error and a warning.
     */
    static Dataset sample() {
        List<DataProblem> problems = List.of(
                DataProblem.error("lao-cai.xlsx", "Nguoi", 17, "H17", "Ngày xét nghiệm gần nhất",
                        "Nguoi!H17 (Ngày xét nghiệm gần nhất): \"31/02/2024\" không phải ngày",
                        "Nguoi!H17 (Ngày xét nghiệm gần nhất): \"31/02/2024\" is not a date"),
                DataProblem.warning("lao-cai.xlsx", "Xa", 3, null, null, "@SUM(1) cột lạ", "@SUM(1) unknown column"));
        return dataset("lao-cai.xlsx", problems,
                CommuneBuilder.laoCai("LC-001").set("commune_name", "Xã A Mú Sung").set("district", "Bát Xát")
                        .set("border", true),
                CommuneBuilder.laoCai("LC-002").set("commune_name", "Xã Cốc San").set("district", "Bát Xát")
                        .set("rollout_phase", 2).with(PersonBuilder.addict("NN-007").noProfile(),
                                PersonBuilder.addict("NN-008")),
                CommuneBuilder.laoCai("LC-003").set("commune_name", "Xã Bản Vược").set("district",
                        "<script>alert(1)</script>").blank("hotspots"),
                CommuneBuilder.laoCai("LC-004").set("commune_name", "=HYPERLINK(\"evil.example\",\"Bấm\")")
                        .set("district", "-2+3"),
                CommuneBuilder.thanhHoa("TH-001").set("commune_name", "Xã Đông Sơn").set("district", "Đông Sơn"));
    }
}

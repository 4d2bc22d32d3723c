package vn.xkmt.bench;

import java.nio.file.Path;
import java.util.List;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.CompiledRuleSet;
import vn.xkmt.evaluation.UnitFacts;
import vn.xkmt.ingest.WorkbookReader;

/** Developer's loop: single-threaded Drools vs reference over a workbook's communes, a few rounds. */
public final class EvalQuick {
    public static void main(String[] args) {
        Dataset ds = new WorkbookReader().read(Path.of(args[0]));
        List<UnitFacts> units = Units.of(ds);
        CompiledRuleSet th = vn.xkmt.testing.TestRuleSets.ruleSet("thanh-hoa"); // the latest version: the reference follows its readings
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            long sink = 0;
            for (UnitFacts u : units) {
                sink += th.evaluate(u).criteria().size();
            }
            long t1 = System.nanoTime();
            for (int k = 0; k < 20; k++) {
                for (UnitFacts u : units) {
                    sink += ThanhHoaReference.evaluate(u).length;
                }
            }
            long t2 = System.nanoTime();
            double d = (t1 - t0) / 1e6;
            double r = (t2 - t1) / 1e6 / 20;
            System.out.printf("drools %.0f ms, reference %.1f ms, ratio %.1f (%d)%n", d, r, d / r, sink);
        }
    }
}

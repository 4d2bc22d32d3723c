package vn.xkmt.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.xkmt.authoring.DraftWorker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.xkmt.authoring.GoldenCases;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.ruleset.RulesLocation;

/** {@code xkmt rules test [DIR]}: runs every rule set version's golden cases and prints differences. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Chạy các ca kiểm thử mẫu (tests/*.yaml, mỗi ca một tệp) của mọi bộ tiêu chí.",
                "Runs the golden cases (tests/*.yaml, one file per case) of every rule set."})
final class RulesTestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Thư mục bộ tiêu chí / rules folder")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (!DraftWorker.inWorker()) {
            return RulesApart.run(spec);
        }
        PrintWriter out = spec.commandLine().getOut();
        RuleSetCatalog catalog = RuleSetCatalog.load(RulesLocation.resolve(dir));
        catalog.problems().forEach(p -> out.println(CliWords.tight("tag.error") + " " + p));
        List<GoldenCases.Report> reports = new GoldenCases(catalog, new WorkbookReader()::read).runAll();
        boolean ok = catalog.problems().isEmpty();
        for (GoldenCases.Report r : reports) {
            boolean none = r.cases() == 0;
            boolean passed = r.passed() && !none;
            ok &= passed;
            out.printf("%s %s %s — %d " + CliWords.tight("cases") + ", %d " + CliWords.tight("unitsShort") + "%s%n", passed ? CliWords.tight("tag.pass") + "   " : CliWords.tight("tag.fail") + "   ", r.ruleSet(),
                    r.version(), r.cases(), r.units(), none ? " — " + CliWords.both("noGoldenCases") : "");
            r.problems().forEach(p -> out.println("    " + p));
            r.mismatches().forEach(m -> out.println("    " + m));
        }
        return ok ? XkmtCommand.OK : XkmtCommand.INPUT_ERROR;
    }
}

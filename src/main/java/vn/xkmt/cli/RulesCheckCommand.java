package vn.xkmt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.xkmt.authoring.DraftWorker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.ruleset.RulesLocation;

/** {@code xkmt rules check [DIR]}: lint, sandbox and compile every rule set version. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Kiểm tra cú pháp DRL, phạm vi cho phép, manifest và thông điệp vi/en của mọi bộ tiêu chí.",
                "Compiles every rule set and checks DRL, the sandbox, the manifest and the vi/en messages."})
final class RulesCheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Thư mục bộ tiêu chí / rules folder")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!DraftWorker.inWorker()) {
            return RulesApart.run(spec);
        }
        PrintWriter out = spec.commandLine().getOut();
        RuleSetCatalog catalog = RuleSetCatalog.load(RulesLocation.resolve(dir));
        for (LoadedRuleSet rs : catalog.all()) {
            var d = rs.definition();
            out.printf("OK  %s %s — %d " + CliWords.tight("criteria") + ", %d " + CliWords.tight("drlFiles") + ", hash %s%n", d.id(), d.version(),
                    d.criteria().size(), d.drl().size(), d.contentHash().substring(0, 12));
        }
        for (RuleProblem p : catalog.problems()) {
            out.println(CliWords.tight("tag.error") + " " + p);
        }
        out.println(CliWords.both("checked", catalog.all().size(), catalog.problems().size()));
        return catalog.problems().isEmpty() && !catalog.all().isEmpty() ? XkmtCommand.OK : XkmtCommand.INPUT_ERROR;
    }
}

package vn.xkmt.cli;

import picocli.CommandLine.Command;

/** {@code xkmt rules check|test|impact|export}: tools for the policy staff who own the rule sets. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Kiểm tra, chạy ca kiểm thử mẫu và xem tác động của thay đổi bộ tiêu chí.",
                "Check rule sets, run their golden cases, and see the impact of a change."},
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class, RulesImpactCommand.class,
                RulesExportCommand.class})
final class RulesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

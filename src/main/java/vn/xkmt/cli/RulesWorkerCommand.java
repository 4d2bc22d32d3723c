package vn.xkmt.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.xkmt.authoring.DraftWorker;
import vn.xkmt.authoring.DraftWorkerMain;
import vn.xkmt.ingest.WorkbookReader;

/**
 * {@code xkmt rules-worker DIR}: the worker JVM of a rule check (docs/security.md). Started by the
 * server or by {@code xkmt rules …} with the job in {@code DIR}; not meant to be typed.
 */
@Command(name = DraftWorker.COMMAND, hidden = true, description = "Worker of a rule check (internal).")
final class RulesWorkerCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Override
    public Integer call() {
        return DraftWorkerMain.run(dir, new WorkbookReader()::read);
    }
}

package vn.xkmt.report;

import java.io.IOException;
import java.util.List;
import vn.xkmt.batch.RunResult;
import vn.xkmt.batch.UnitSink;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.report.result.UnitEntry;

/**
 * A report written while a batch runs: it takes each unit's record with every detail, one at a time ({@link #unit},
 * built from each workbook's units as they come, {@link UnitSink}), then {@link #finish} writes the file from the
 * batch's outline of every unit (verdicts and outcomes, no details), whole or not at all; {@link #close} removes
 * what it kept on the way.
 */
public interface ReportStream extends UnitSink, AutoCloseable {

    /** One unit's record with every detail. */
    void unit(UnitEntry unit);

    /** Each unit's record built and given to {@link #unit} in turn; {@code problems} are those of their rows. */
    @Override
    default void accept(List<UnitResult> units, List<DataProblem> problems) {
        new ResultDocument().results(units, problems, this::unit);
    }

    /** Writes the report: {@code run} holds the batch's summary of every unit and all its problems. */
    default void finish(RunResult run) throws IOException {
        finish(new ResultDocument().outline(run), ResultDocument.ordered(run.problems()));
    }

    /**
     * Writes the report from the batch's outline of every unit ({@link ResultDocument#outline}) and all its
     * problems in order, each with its severity.
     */
    void finish(vn.xkmt.report.result.RunDocument outline, List<vn.xkmt.report.result.Problem> problems)
            throws IOException;

    @Override
    void close() throws IOException;
}

package vn.xkmt.report;

import java.io.IOException;
import vn.xkmt.batch.RunResult;
import vn.xkmt.batch.UnitSink;

/**
 * A report written while a batch runs: it takes each workbook's units with every detail ({@link UnitSink}), then
 * {@link #finish} writes the file from the batch's summary of every unit, whole or not at all; {@link #close}
 * removes what it kept on the way.
 */
public interface ReportStream extends UnitSink, AutoCloseable {

    /** Writes the report: {@code run} holds the batch's summary of every unit and all its problems. */
    void finish(RunResult run) throws IOException;

    @Override
    void close() throws IOException;
}

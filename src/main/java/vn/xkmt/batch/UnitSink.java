package vn.xkmt.batch;

import java.util.List;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.evaluation.UnitResult;

/**
 * Takes a batch's units as each workbook's are evaluated, with every detail, before the batch keeps only their
 * summary ({@link UnitResult#withoutDetail()}): the reports are written as the batch goes, in bounded memory.
 */
@FunctionalInterface
public interface UnitSink {

    /**
     * @param units    the units of one workbook, in the order of the run
     * @param problems that workbook's errors and warnings (the rows the units' details point to)
     */
    void accept(List<UnitResult> units, List<DataProblem> problems);
}

package vn.xkmt.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.xkmt.commune.DataProblem;

/** The errors and warnings of one workbook, in the order found. */
final class Problems {

    private final String file;
    private final List<DataProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(String sheet, Integer row, String cell, String column, Msg m) {
        list.add(DataProblem.error(file, sheet, row, cell, column, m.vi(), m.en()));
    }

    void warning(String sheet, Integer row, String cell, String column, Msg m) {
        list.add(DataProblem.warning(file, sheet, row, cell, column, m.vi(), m.en()));
    }

    void workbookError(Msg m) {
        list.add(DataProblem.fileError(file, m.vi(), m.en()));
    }

    void addAll(Problems other) {
        list.addAll(other.list);
    }

    List<DataProblem> list() {
        return list;
    }
}

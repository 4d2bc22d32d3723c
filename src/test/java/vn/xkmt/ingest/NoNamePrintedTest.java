package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.xkmt.testing.CommandRun;
import vn.xkmt.testing.SheetTexts;

/**
 * data-sheet.md: a full name is never printed, wherever it sits. Names typed into every column of
 * {@code Nguoi} but the name column, as every kind of cell, with the name and category headers
 * swapped, and in a {@code Nguoi} without its header row: none of them appears in what
 * {@code evaluate} and {@code validate} print, in the JSON, the HTML, the report workbook or the log.
 */
class NoNamePrintedTest {

    @TempDir
    Path tmp;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Logger ours;
    private Level before;

    @BeforeEach
    void captureTheLog() {
        ours = (Logger) LoggerFactory.getLogger("vn.xkmt");
        before = ours.getLevel();
        ours.setLevel(Level.DEBUG);
        log.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void releaseTheLog() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        ours.setLevel(before);
    }

    @Test
    void givenNamesInEveryWrongColumnAndCellType_thenNoNameIsPrintedAnywhere() throws Exception {
        List<String> names = new ArrayList<>();
        Path in = Files.createDirectories(tmp.resolve("in"));
        NamesEverywhereWorkbooks every = new NamesEverywhereWorkbooks();
        Files.write(in.resolve("sai-cot.xlsx"), every.namesInEveryWrongColumn());
        names.addAll(every.names());
        NamesEverywhereWorkbooks swapped = new NamesEverywhereWorkbooks();
        Files.write(in.resolve("doi-tieu-de.xlsx"), swapped.swappedNameAndCategoryHeaders());
        names.addAll(swapped.names());
        NamesEverywhereWorkbooks headerless = new NamesEverywhereWorkbooks();
        Files.write(in.resolve("khong-tieu-de.xlsx"), headerless.headerless());
        names.addAll(headerless.names());
        assertThat(names).hasSizeGreaterThan(90);
        Path json = tmp.resolve("ket-qua.json");
        Path html = tmp.resolve("bao-cao.html");
        Path xlsx = tmp.resolve("bao-cao.xlsx");

        CommandRun evaluate = CommandRun.xkmt("evaluate", "--rules", "rules", "--json", json.toString(), "--html",
                html.toString(), "--xlsx", xlsx.toString(), in.toString());
        CommandRun validate = CommandRun.xkmt("validate", in.toString());

        assertThat(evaluate.exit()).as(evaluate.err()).isEqualTo(1);
        assertThat(validate.exit()).isEqualTo(1);
        StringBuilder everything = new StringBuilder();
        everything.append(evaluate.out()).append(evaluate.err()).append(validate.out()).append(validate.err())
                .append(Files.readString(json)).append(Files.readString(html));
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            wb.forEach(sheet -> SheetTexts.of(sheet).forEach(t -> everything.append(t).append('\n')));
        }
        for (ILoggingEvent e : log.list) {
            everything.append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                everything.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
            }
        }
        String all = everything.toString();
        assertThat(all).contains("một văn bản").contains("a text of").contains("NN-2");
        assertThat(all).contains("has no header row");
        for (String name : names) {
            assertThat(all).as("printed somewhere: " + name).doesNotContain(name);
        }
    }
}

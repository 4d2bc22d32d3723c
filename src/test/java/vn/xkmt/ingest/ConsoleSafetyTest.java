package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.cli.SafeLogMessage;
import vn.xkmt.testing.CommandRun;

/**
 * Cell text with ESC, NUL, BEL and U+202E (right-to-left override) — a commune name that would clear
 * the officer's terminal, retitle the window or reorder a line — reaches the console and the log
 * escaped ({@code \u001b}), while the report keeps the text.
 */
class ConsoleSafetyTest {

    /** ESC ] 0 ; title BEL (retitles the window), ESC [ 2 J (clears the screen), NUL, and RLO. */
    static final String HOSTILE = "_x001B_]0;pwned_x0007_Ph_x001B_[2J_x0000_ường \u202Eabc";

    @TempDir
    Path tmp;

    private Path workbook() {
        String xa = "<row r=\"1\">" + c("A1", "Mã xã") + c("B1", "Tên xã") + c("C1", "Tỉnh") + c("D1", "Ngày đề nghị công nhận")
                + c("E1", "Số điểm, tụ điểm phức tạp") + "</row><row r=\"2\">" + c("A2", "TH-01") + c("B2", HOSTILE)
                + c("C2", "Thanh Hóa") + c("D2", "15/03/2025") + c("E2", "x" + HOSTILE) + "</row>";
        return RawXlsx.create().sheet("Xa", xa).write(tmp.resolve("ten-xa.xlsx"));
    }

    private static String c(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void givenControlAndBidiCharactersInCells_thenTheConsoleShowsThemEscaped() throws Exception {
        Path json = tmp.resolve("r.json");
        CommandRun r = CommandRun.xkmt("evaluate", "--rules", "rules", "--json", json.toString(), workbook().toString());
        CommandRun v = CommandRun.xkmt("validate", workbook().toString());

        String console = r.out() + r.err() + v.out() + v.err();
        assertThat(console).contains("\\u001b]0;pwned\\u0007Ph\\u001b[2J\\u0000ường \\u202eabc");
        assertThat(console).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u0000")
                .doesNotContain("\u202e");
        assertThat(r.err()).contains("Xa!E2");
        assertThat(Files.readString(json)).contains("\\u001B]0;pwned\\u0007");
    }

    @Test
    void givenControlCharactersInALogMessage_thenTheLogLineShowsThemEscaped() {
        SafeLogMessage converter = new SafeLogMessage();
        LoggingEvent e = new LoggingEvent("x", new LoggerContext().getLogger("t"), Level.WARN,
                "Could not read {}", null, new Object[] {"a\u001b[2Jb\u0007\u0000\u202e.xlsx"});

        assertThat(converter.convert(e)).isEqualTo("Could not read a\\u001b[2Jb\\u0007\\u0000\\u202e.xlsx");
    }
}

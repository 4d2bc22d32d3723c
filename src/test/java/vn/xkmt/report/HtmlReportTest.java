package vn.xkmt.report;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.batch.RunResult;
import vn.xkmt.evaluation.UnitResult;

class HtmlReportTest {

    static RunResult run;

    @BeforeAll
    static void evaluate() {
        run = Fixtures.run(Fixtures.sample());
    }

    static String html(Lang lang) throws IOException {
        StringWriter out = new StringWriter();
        HtmlReport.write(run, out, lang);
        return out.toString();
    }

    @Test
    void holdsEveryUnitAndVerdictInVietnamese() throws IOException {
        String html = html(Lang.VI);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">", "<meta charset=\"utf-8\">");
        for (UnitResult r : run.results()) {
            assertThat(html).contains(r.unitCode(), r.ruleSet().verdictLabel(r.verdict(), Lang.VI));
        }
        assertThat(html).contains("Đủ điều kiện công nhận", "Chưa đủ điều kiện công nhận", "Chưa đủ dữ liệu để kết luận",
                "Xã A Mú Sung", "Giai đoạn 1: 1/26 xã biên giới đủ điều kiện", "Lỗi dữ liệu", "H17",
                "31/02/2024", "is not a date");
    }

    @Test
    void explainsEachCriterionWithEvidenceAndRemedy() throws IOException {
        String html = html(Lang.VI);
        assertThat(html).contains("1/2 người nghiện chưa có hồ sơ quản lý", "Nguoi!2 NN-007", "Lập hồ sơ quản lý");
        assertThat(html).contains("Ô cần điền");
    }

    @Test
    void isSelfContained() throws IOException {
        String html = html(Lang.VI);
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "@import", "url(", "<iframe", "<img");
        assertThat(html).doesNotContainPattern("(?i)\\ssrc\\s*=");
        assertThat(Pattern.compile("(?i)href\\s*=\\s*\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)))
                .as("only in-page links").isNotEmpty().allMatch(h -> h.startsWith("#"));
        assertThat(html).doesNotContainPattern("(?i)href\\s*=\\s*[^\"\\s]");
        assertThat(html).contains("<style>", "@media print", "break-before: page");
    }

    @Test
    void escapesEveryText() throws IOException {
        String html = html(Lang.VI);
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("=HYPERLINK(&quot;evil.example&quot;,&quot;Bấm&quot;)");
    }

    @Test
    void drawsChartsPerCriterionAndPerDistrict() throws IOException {
        String html = html(Lang.VI);
        assertThat(html).contains("Kết quả theo tiêu chí", "Kết luận theo huyện");
        assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(3);
        assertThat(html).contains("<title>Bát Xát</title>", "LC3: ");
    }

    @Test
    void speaksEnglish() throws IOException {
        String html = html(Lang.EN);
        assertThat(html).contains("<html lang=\"en\">", "Eligible for recognition", "Not eligible",
                "Phase 1: 1/26 border communes eligible", "Outcomes by criterion", "1 of 2 addicts");
    }

    @Test
    void neverShowsNames() throws IOException {
        assertThat(html(Lang.VI)).doesNotContain("Nguyễn Văn");
        assertThat(html(Lang.EN)).doesNotContain("Nguyễn Văn");
    }

    @Test
    void writesAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a/b/bao-cao.html");
        HtmlReport.write(run, file, Lang.VI);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(html(Lang.VI));
    }
}

package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.xkmt.testing.WorkbookBuilder;

/**
 * Bad uploads get a clear page (or JSON under /api) and a 4xx status, never a stack trace; nothing is
 * stored. (Too large: {@link RealHttpTest}, since the size limit is the servlet container's.)
 */
@WebTest
class BadUploadsTest {

    @Autowired
    MockMvc mvc;

    String page(byte[] content, String name, int status) throws Exception {
        return mvc.perform(multipart("/upload").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(As.APPRAISER_A.signIn()).with(csrf()))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String api(byte[] content, String name, int status) throws Exception {
        return mvc.perform(multipart("/api/evaluations").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(As.APPRAISER_A.signIn()))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static void noStackTrace(String body) {
        assertThat(body).doesNotContain("Exception", "\tat ", "at vn.xkmt", "at org.springframework", "Whitelabel");
    }

    @Test
    void emptyFile() throws Exception {
        String html = page(new byte[0], "empty.xlsx", 400);
        assertThat(html).contains("data-code=\"empty\"", "Tệp rỗng (0 byte)");
        noStackTrace(html);
        String json = api(new byte[0], "empty.xlsx", 400);
        assertThat(json).contains("\"error\":\"empty\"", "The file is empty");
    }

    @Test
    void notAWorkbook() throws Exception {
        byte[] text = "Mã xã;Tên xã\nX01;Xã A\n".getBytes(StandardCharsets.UTF_8);
        String html = page(text, "communes.csv", 415);
        assertThat(html).contains("data-code=\"not-a-workbook\"", "Tệp không phải sổ tính Excel .xlsx", "CSV");
        noStackTrace(html);
        assertThat(api(text, "communes.csv", 415)).contains("not-a-workbook");
        String png = page(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "photo.xlsx", 415);
        noStackTrace(png);
    }

    @Test
    void aZipThatIsNoWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        String html = page(bytes.toByteArray(), "archive.xlsx", 422);
        assertThat(html).contains("data-code=\"unreadable\"");
        noStackTrace(html);
    }

    @Test
    void aTruncatedWorkbook() throws Exception {
        byte[] whole = Workbooks.thanhHoa("BU-1");
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        String html = page(half, "broken.xlsx", 422);
        noStackTrace(html);
        assertThat(html).contains("Không đọc được tệp");
    }

    @Test
    void aWorkbookWithoutCommuneSheets() throws Exception {
        byte[] other = WorkbookBuilder.create().sheet("Sheet1").header("a", "b").row("1", "2").bytes();
        String html = page(other, "other.xlsx", 422);
        assertThat(html).contains("Xa");
        noStackTrace(html);
    }

    @Test
    void aWorkbookOfAnotherProvince() throws Exception {
        String html = page(Workbooks.laoCai("BU-LC"), "lc.xlsx", 403);
        assertThat(html).contains("data-code=\"forbidden-province\"", "Lào Cai");
        String mixed = page(Workbooks.mixed(), "mixed.xlsx", 403);
        assertThat(mixed).contains("Lào Cai").doesNotContain("Thanh Hóa,");
    }

    @Test
    void noFilePart() throws Exception {
        String html = mvc.perform(multipart("/upload").with(As.APPRAISER_A.signIn()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Chưa chọn tệp");
        noStackTrace(html);
        String json = mvc.perform(multipart("/api/evaluations").with(As.APPRAISER_A.signIn()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("no-file");
    }

    @Test
    void englishPages() throws Exception {
        String html = mvc.perform(multipart("/upload").file(new MockMultipartFile("file", "e.xlsx", "x", new byte[0]))
                        .param("lang", "en").with(As.APPRAISER_A.signIn()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("The file is empty", "Could not be done");
    }
}

package vn.xkmt.web.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.xkmt.web.As;
import vn.xkmt.web.WebTest;
import vn.xkmt.web.Workbooks;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.register.Register;

/**
 * What the council's pages say: the pack with its hashes and the override, a newer upload noted
 * beside the frozen one, the minutes in Vietnamese and English, the dossier as HTML and workbook, the
 * register and commune pages with the re-appraisal flag, a conflict answered clearly, and no full
 * name anywhere.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;
    @Autowired
    Meetings meetings;
    @Autowired
    Register register;

    final String tag = "W" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    final String failing = tag + "-F";
    final String passing = tag + "-P";
    long meeting;
    long newer;

    @BeforeAll
    void closedMeetingWithAnOverride() {
        service.submit(As.APPRAISER_A.user(), "f.xlsx", Workbooks.thanhHoa(failing));
        service.submit(As.APPRAISER_A.user(), "p.xlsx", Workbooks.thanhHoaEligible(passing));
        meeting = meetings.create(Secretaries.THANH_HOA, "thanh-hoa", register.today(), "Hội trường Công an tỉnh",
                "Phó Chủ tịch UBND tỉnh\nGiám đốc Công an tỉnh\nGiám đốc Sở Y tế\nĐại diện Tỉnh đoàn\nĐại diện Sở Tư pháp");
        meetings.add(meeting, Secretaries.THANH_HOA, List.of(failing, passing), Purpose.RECOGNITION, 0);
        meetings.freeze(meeting, Secretaries.THANH_HOA, 1);
        for (ItemView i : meetings.view(meeting, Secretaries.THANH_HOA).items()) {
            meetings.decide(meeting, i.item().id(), Secretaries.THANH_HOA, i.item().eligible()
                    ? Secretaries.decision(Decision.RECOGNISED, 0)
                    : Secretaries.decision(Decision.RECOGNISED, 0, "TH8", "Hộ còn lại đã ký cam kết", "Biên bản kiểm tra ngày 12/6"));
        }
        meetings.close(meeting, Secretaries.THANH_HOA, "2468/QĐ-UBND", register.today(), 2);
        newer = service.submit(As.APPRAISER_A.user(), "again.xlsx", Workbooks.thanhHoa(passing));
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(Secretaries.THANH_HOA))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void theMeetingPageShowsThePackTheOverrideAndTheNewerUpload() throws Exception {
        String html = page("/council/meetings/" + meeting);
        ItemView f = meetings.view(meeting, Secretaries.THANH_HOA).items().get(0);
        assertThat(html).contains("Đã khóa biên bản").contains("2468/QĐ-UBND").contains(f.item().inputSha256())
                .contains(f.item().ruleSet()).contains("Ngoại lệ").contains("Hộ còn lại đã ký cam kết")
                .contains("Biên bản kiểm tra ngày 12/6").contains("Có lượt đánh giá mới hơn").contains("#" + newer)
                .contains("Nhật ký thao tác").contains("secretariat.thanhhoa").doesNotContain(Workbooks.SECRET_NAME);
        assertThat(html).containsPattern("data-unit=\"" + failing + "\" data-decision=\"RECOGNISED\" data-override=\"true\"");
    }

    @Test
    void theMinutesComeFromTheRecordInVietnameseAndEnglish() throws Exception {
        String vi = page("/council/meetings/" + meeting + "/minutes");
        assertThat(vi).contains("Biên bản họp Hội đồng thẩm định").contains("Giám đốc Công an tỉnh")
                .contains("Quyết định số 2468/QĐ-UBND").contains("Công nhận 2 · Không công nhận 0")
                .contains("Tán thành 3 · Không tán thành 1 · Không biểu quyết 1").contains("Ngoại lệ")
                .contains("Hộ còn lại đã ký cam kết").doesNotContain(Workbooks.SECRET_NAME);
        String en = page("/council/meetings/" + meeting + "/minutes?lang=en");
        assertThat(en).contains("Minutes of the appraisal council meeting").contains("Decision no. 2468/QĐ-UBND")
                .contains("Recognised 2 · Not recognised 0").contains("Override").doesNotContain("Biên bản họp");
    }

    @Test
    void theDossierListsEveryCommuneWithItsHashesAsHtmlAndWorkbook() throws Exception {
        String html = page("/council/meetings/" + meeting + "/dossier?lang=vi");
        ItemView f = meetings.view(meeting, Secretaries.THANH_HOA).items().get(0);
        assertThat(html).contains("Hồ sơ cuộc họp Hội đồng thẩm định số " + meeting).contains(f.item().inputSha256())
                .contains(f.item().ruleSetHash()).contains("Không đạt").contains("TH8").contains("Thon!3 Thôn 2")
                .doesNotContain(Workbooks.SECRET_NAME);
        byte[] xlsx = mvc.perform(get("/council/meetings/" + meeting + "/dossier.xlsx").with(user(Secretaries.THANH_HOA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet cover = wb.getSheetAt(0);
            assertThat(cover.getRow(5).getCell(1).getStringCellValue()).isEqualTo(failing);
            assertThat(cover.getRow(5).getCell(6).getStringCellValue()).isEqualTo(f.item().inputSha256());
            assertThat(cover.getRow(5).getCell(8).getStringCellValue()).isEqualTo("Công nhận (Ngoại lệ)");
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            Sheet commune = wb.getSheetAt(1);
            boolean overrideRow = false;
            for (var r : commune) {
                if (r.getCell(0) != null && "TH8".equals(r.getCell(0).getStringCellValue())) {
                    overrideRow = r.getCell(6).getStringCellValue().contains("Biên bản kiểm tra ngày 12/6");
                }
            }
            assertThat(overrideRow).isTrue();
            for (Sheet s : wb) {
                for (var r : s) {
                    r.forEach(c -> assertThat(c.toString()).doesNotContain(Workbooks.SECRET_NAME));
                }
            }
        }
    }

    @Test
    void theRegisterShowsTheDecisionTheOverrideAndTheCommuneAtRisk() throws Exception {
        String html = page("/register?province=thanh-hoa&q=" + tag);
        assertThat(html).contains(failing).contains(passing).contains("Đã công nhận").contains("2468/QĐ-UBND")
                .contains("Có nguy cơ không giữ vững").contains("Ngoại lệ");
        String commune = page("/register/thanh-hoa/" + passing);
        assertThat(commune).contains("data-status=\"RECOGNISED\"").contains("id=\"flag-risk\"").contains("TH8")
                .contains("Đề nghị công nhận").contains("Đánh giá #" + newer);
        byte[] xlsx = mvc.perform(get("/register/export.xlsx").param("province", "thanh-hoa").param("q", tag)
                .with(user(Secretaries.THANH_HOA))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo(failing);
            assertThat(s.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Đã công nhận");
            assertThat(s.getRow(3).getCell(4).getStringCellValue()).isEqualTo("2468/QĐ-UBND");
            assertThat(s.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Ngoại lệ");
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo(passing);
            assertThat(s.getRow(4).getCell(8).getStringCellValue()).isEqualTo("x");
        }
    }

    @Test
    void aStaleFormIsAnsweredWithAClearConflictInTheUsersLanguage() throws Exception {
        long id = meetings.create(Secretaries.THANH_HOA, "thanh-hoa", register.today(), "P", "");
        meetings.add(id, Secretaries.THANH_HOA, List.of(failing), Purpose.RECOGNITION, 0);
        String vi = mvc.perform(post("/council/meetings/" + id + "/freeze").param("version", "0")
                        .with(user(Secretaries.THANH_HOA)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(vi).contains("vừa được người khác thay đổi").contains("tải lại trang");
        String en = mvc.perform(post("/council/meetings/" + id + "/freeze").param("version", "0").param("lang", "en")
                        .with(user(Secretaries.THANH_HOA)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Someone else changed this record");
    }

    @Test
    void theTargetsPageDrawsProgressAndTheNationalTarget() throws Exception {
        String html = page("/targets?province=thanh-hoa");
        assertThat(html).contains("Mục tiêu và tiến độ — Thanh Hóa").contains("132-KL/TW").contains("id=\"progress-chart\"")
                .contains("50% của 3.321 xã (= 1.661 xã)");
    }
}

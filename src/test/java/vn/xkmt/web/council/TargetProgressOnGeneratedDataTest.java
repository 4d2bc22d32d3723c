package vn.xkmt.web.council;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
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
import vn.xkmt.web.register.RegisterRow;
import vn.xkmt.web.targets.HoldingBack;
import vn.xkmt.web.targets.Target;
import vn.xkmt.web.targets.TargetDashboard;
import vn.xkmt.web.targets.TargetProgress;
import vn.xkmt.web.targets.Targets;

/**
 * Progress against targets computed from the register, on a generated province of 150 communes
 * (120 that pass, 30 that fail TH8) over three years of meetings: 40 recognised in the first, 45 of
 * 50 in the second, 30 more and 5 revoked in the third. The dashboard's workbook is read back.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetProgressOnGeneratedDataTest {

    @Autowired
    EvaluationService service;
    @Autowired
    Meetings meetings;
    @Autowired
    Register register;
    @Autowired
    Targets targets;
    @Autowired
    MockMvc mvc;

    final String tag = "G" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    /** The admin, who may record decisions and edit targets. */
    final vn.xkmt.web.security.XkmtUser admin = As.ADMIN.user();
    LocalDate today;
    LocalDate first;
    LocalDate second;
    LocalDate third;

    String code(int i) {
        return String.format("%s-%03d", tag, i);
    }

    List<String> codes(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(this::code).toList();
    }

    @BeforeAll
    void threeYearsOfMeetings() {
        today = register.today();
        first = today.minusMonths(30);
        second = today.minusMonths(18);
        third = today.minusMonths(6);
        service.submit(As.APPRAISER_A.user(), "pass.xlsx", Workbooks.communes("Thanh Hóa", true,
                IntStream.rangeClosed(1, 120).mapToObj(i -> new String[] {code(i), "Xã " + code(i)}).toArray(String[][]::new)));
        service.submit(As.APPRAISER_A.user(), "fail.xlsx", Workbooks.communes("Thanh Hóa", false,
                IntStream.rangeClosed(121, 150).mapToObj(i -> new String[] {code(i), "Xã " + code(i)}).toArray(String[][]::new)));
        meeting(first, codes(1, 40), List.of(), List.of(), Purpose.RECOGNITION);
        meeting(second, codes(41, 90), codes(86, 90), List.of(), Purpose.RECOGNITION);
        long revocation = meeting(third, codes(91, 120), List.of(), codes(1, 5), Purpose.RECOGNITION);
        assertThat(meetings.view(revocation, admin).items()).hasSize(35);
    }

    /** A meeting on {@code day}: every commune recognised but {@code refused}; {@code revoked} revoked. */
    long meeting(LocalDate day, List<String> proposed, List<String> refused, List<String> revoked, Purpose purpose) {
        long id = meetings.create(admin, "thanh-hoa", day, "Hội trường UBND tỉnh", "");
        meetings.add(id, admin, proposed, purpose, meetings.meeting(id, admin).version());
        if (!revoked.isEmpty()) {
            meetings.add(id, admin, revoked, Purpose.REVOCATION, meetings.meeting(id, admin).version());
        }
        meetings.freeze(id, admin, meetings.meeting(id, admin).version());
        for (ItemView i : meetings.view(id, admin).items()) {
            String c = i.item().unitCode();
            Decision d = revoked.contains(c) ? Decision.REVOKED : refused.contains(c) ? Decision.NOT_RECOGNISED : Decision.RECOGNISED;
            meetings.decide(id, i.item().id(), admin,
                    new DecisionInput(d, 7, 0, 0, "Biểu quyết", java.util.Map.of(), i.item().version()));
        }
        meetings.close(id, admin, "QĐ-" + day.getYear(), day.plusDays(10), meetings.meeting(id, admin).version());
        return id;
    }

    @Test
    void theRegisterCountsRecognisedCommunesOnEachDay() {
        assertThat(register.recognisedOn("thanhhoa", first.minusDays(1))).isZero();
        assertThat(register.recognisedOn("thanhhoa", first.plusDays(9))).isZero();
        assertThat(register.recognisedOn("thanhhoa", first.plusDays(10))).isEqualTo(40);
        assertThat(register.recognisedOn("thanhhoa", second.plusDays(10))).isEqualTo(85);
        assertThat(register.recognisedOn("thanhhoa", third.plusDays(10))).isEqualTo(110);
        List<RegisterRow> mine = register.rows("thanh-hoa", tag, admin);
        assertThat(mine).hasSize(150);
        assertThat(mine.stream().filter(RegisterRow::recognised)).hasSize(110);
        assertThat(mine.stream().filter(r -> r.status() == vn.xkmt.web.register.RegisterStatus.REVOKED))
                .extracting(RegisterRow::unitCode).containsExactlyElementsOf(codes(1, 5));
    }

    @Test
    void eachTargetIsMeasuredOnItsDueDateAndTheMissingCommunesAndCriteriaAreListed() throws Exception {
        long half = targets.create(admin, "thanh-hoa", second.plusMonths(1), "SHARE", 50, 150,
                "Kế hoạch của UBND tỉnh (giai đoạn 2)");
        long most = targets.create(admin, "thanh-hoa", third.plusMonths(1), "COUNT", 120, 150,
                "Kế hoạch của UBND tỉnh (giai đoạn 3)");
        TargetDashboard d = targets.dashboard("thanh-hoa", admin);
        TargetProgress p1 = d.progress().stream().filter(p -> p.target().id() == half).findFirst().orElseThrow();
        assertThat(p1.required()).isEqualTo(75);
        assertThat(p1.recognised()).isEqualTo(85);
        assertThat(p1.met()).isTrue();
        assertThat(p1.share()).isEqualTo(56.7);
        TargetProgress p2 = d.progress().stream().filter(p -> p.target().id() == most).findFirst().orElseThrow();
        assertThat(p2.recognised()).isEqualTo(110);
        assertThat(p2.met()).isFalse();
        assertThat(p2.missing()).isEqualTo(10);
        assertThat(d.progress()).anySatisfy(p -> {
            assertThat(p.target().national()).isTrue();
            assertThat(p.target().source()).contains("132-KL/TW");
            assertThat(p.target().dueDate()).isEqualTo(LocalDate.of(2030, 12, 31));
            assertThat(p.required()).isEqualTo(1661);
        });
        List<String> missing = d.missing().stream().map(RegisterRow::unitCode).filter(c -> c.startsWith(tag)).toList();
        List<String> expected = new ArrayList<>(codes(1, 5));
        expected.addAll(codes(86, 90));
        expected.addAll(codes(121, 150));
        assertThat(missing).containsExactlyElementsOf(expected);
        assertThat(d.holdingBack()).extracting(HoldingBack::criterionId).first().isEqualTo("TH8");
        assertThat(d.holdingBack().get(0).communes()).isGreaterThanOrEqualTo(30);
        assertThat(d.chart().points()).isNotEmpty();
        assertThat(d.chart().targets()).hasSizeGreaterThanOrEqualTo(2);

        byte[] xlsx = mvc.perform(get("/targets/export.xlsx").param("province", "thanh-hoa").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet progress = wb.getSheet("Tiến độ");
            Row r1 = rowWithSource(progress, "giai đoạn 2");
            assertThat(r1.getCell(5).getNumericCellValue()).isEqualTo(75);
            assertThat(r1.getCell(6).getNumericCellValue()).isEqualTo(85);
            assertThat(r1.getCell(9).getStringCellValue()).isEqualTo("Đạt");
            Row r2 = rowWithSource(progress, "giai đoạn 3");
            assertThat(r2.getCell(6).getNumericCellValue()).isEqualTo(110);
            assertThat(r2.getCell(9).getStringCellValue()).isEqualTo("Chưa đạt");
            Sheet notYet = wb.getSheet("Xã chưa công nhận");
            List<String> listed = new ArrayList<>();
            for (Row r : notYet) {
                String c = r.getCell(0).getStringCellValue();
                if (c.startsWith(tag)) {
                    listed.add(c);
                }
            }
            assertThat(listed).containsExactlyElementsOf(expected);
            assertThat(wb.getSheet("Tiêu chí cản trở").getRow(1).getCell(0).getStringCellValue()).isEqualTo("TH8");
        }
    }

    @Test
    void targetsAreEditedByAdminsOnlyFromTheVersionTheySaw() {
        long id = targets.create(admin, "thanh-hoa", LocalDate.of(2027, 12, 31), "COUNT", 10, 150, "Kế hoạch thử");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> targets.create(Secretaries.THANH_HOA, "thanh-hoa",
                LocalDate.of(2027, 12, 31), "COUNT", 10, 150, "x")).isInstanceOfSatisfying(vn.xkmt.web.WebProblem.class,
                p -> assertThat(p.status()).isEqualTo(403));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> targets.create(admin, "thanh-hoa",
                LocalDate.of(2027, 12, 31), "SHARE", 120, 150, "x")).isInstanceOfSatisfying(vn.xkmt.web.WebProblem.class,
                p -> assertThat(p.status()).isEqualTo(400));
        targets.update(admin, id, LocalDate.of(2027, 12, 31), "COUNT", 12, 150, "Kế hoạch thử (sửa)", 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> targets.update(admin, id, LocalDate.of(2027, 12, 31),
                "COUNT", 14, 150, "Kế hoạch thử", 0)).isInstanceOfSatisfying(vn.xkmt.web.WebProblem.class,
                p -> assertThat(p.status()).isEqualTo(409));
        Target t = targets.of("thanh-hoa", admin).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        assertThat(t.value()).isEqualTo(12);
        assertThat(targets.history(id)).extracting(a -> a.detail())
                .last().asString().contains("10 of 150 by 2027-12-31 → 12 of 150 by 2027-12-31");
    }

    @Test
    void thePlansOfTheRuleSetsGiveTargetsAnAdminRecords() {
        List<vn.xkmt.web.targets.PlanTarget> plans = targets.fromPlans("lao-cai", admin, Lang.VI);
        assertThat(plans).extracting(vn.xkmt.web.targets.PlanTarget::due, vn.xkmt.web.targets.PlanTarget::cumulative)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 6, 14), 26),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 12, 31), 44));
        long id = targets.createFromPlan(admin, "lao-cai", "lao-cai", 2, 150);
        Target t = targets.target(id);
        assertThat(t.value()).isEqualTo(44);
        assertThat(t.kind()).isEqualTo("COUNT");
        assertThat(t.dueDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(t.source()).contains("lao-cai@2023.1").contains("Giai đoạn 2");
        assertThat(targets.fromPlans("hung-yen", admin, Lang.VI).stream().filter(p -> p.version().equals("2024.2")).toList()).singleElement()
                .satisfies(p -> assertThat(p.cumulative()).isEqualTo(5));
    }

    static Row rowWithSource(Sheet s, String part) {
        for (Row r : s) {
            if (r.getCell(10) != null && r.getCell(10).getStringCellValue().contains(part)) {
                return r;
            }
        }
        throw new AssertionError("no row with source " + part);
    }
}

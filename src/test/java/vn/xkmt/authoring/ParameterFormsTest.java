package vn.xkmt.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xkmt.authoring.ParameterForms.Form;
import vn.xkmt.authoring.ParameterForms.Row;

class ParameterFormsTest {

    static final Path THANH_HOA = Path.of("rules/thanh-hoa/2024.2/parameters.yaml");

    static String thanhHoa() throws Exception {
        return Files.readString(THANH_HOA);
    }

    static Form th1(String yaml) {
        return ParameterForms.read(yaml).stream().filter(f -> f.name().equals("nguoi_nghien_ngoai_cong_dong_duoi"))
                .findFirst().orElseThrow();
    }

    @Test
    void eachParameterIsReadWithItsDescriptionUnitSourcePassageAndDatedValues() throws Exception {
        Form f = th1(thanhHoa());

        assertThat(f.description()).isEqualTo("Tổng số người nghiện ma túy ngoài cộng đồng phải dưới mức này (TH1)");
        assertThat(f.unit()).isEqualTo("người");
        assertThat(f.reference()).isEqualTo("có tổng số dưới 10 người nghiện ma túy ngoài cộng đồng");
        assertThat(f.rows()).containsExactly(new Row("2024-11-01", "10"));
    }

    @Test
    void everyParameterOfEveryRuleSetIsShownAsAForm() throws Exception {
        try (var files = Files.walk(Path.of("rules"))) {
            for (Path p : files.filter(x -> x.getFileName().toString().equals("parameters.yaml")).toList()) {
                List<Form> forms = ParameterForms.read(Files.readString(p));
                assertThat(forms).as(p.toString()).isNotEmpty()
                        .allSatisfy(f -> assertThat(f.rows()).as(p + " " + f.name()).isNotEmpty());
            }
        }
    }

    @Test
    void anAddedRowChangesOnlyThatParametersValuesAndKeepsEveryOtherLine() throws Exception {
        String before = thanhHoa();

        String after = ParameterForms.write(before, "nguoi_nghien_ngoai_cong_dong_duoi",
                List.of(new Row("2024-11-01", "10"), new Row("01/07/2025", "8")));

        assertThat(after).isEqualTo(before.replace("  values:\n    2024-11-01: 10\n",
                "  values:\n    2024-11-01: 10\n    2025-07-01: 8\n"));
        assertThat(th1(after).rows()).containsExactly(new Row("2024-11-01", "10"), new Row("2025-07-01", "8"));
    }

    @Test
    void aCorrectedValueReplacesItsLineAndRowsAreWrittenInDateOrder() {
        String yaml = "# đầu tệp\nx:\n  unit: \"%\"\n  values:\n    2024-01-01: 80 # theo kế hoạch\n"
                + "    2023-01-01: 70\ny:\n  values:\n    2023-01-01: 1\n";

        String after = ParameterForms.write(yaml, "x", List.of(new Row("2024-01-01", "80"), new Row("2023-01-01", "75,5")));

        assertThat(after).isEqualTo("# đầu tệp\nx:\n  unit: \"%\"\n  values:\n    2023-01-01: 75.5\n"
                + "    2024-01-01: 80 # theo kế hoạch\ny:\n  values:\n    2023-01-01: 1\n");
    }

    @Test
    void valuesAreCheckedAgainstTheUnitWithTheExpectedAndTheFoundValue() {
        Form persons = new Form("n", "", "người", "", List.of());
        Form percent = new Form("p", "", "%", "", List.of());
        Form yesNo = new Form("b", "", "có/không", "", List.of());

        assertThat(ParameterForms.check(persons, List.of(new Row("2025-07-01", "8,5"))))
                .singleElement().hasToString("n (dòng/row 1): giá trị phải là một số nguyên không âm (người), được «8,5»"
                        + " / the value must be a whole number, not negative (người), found «8,5»");
        assertThat(ParameterForms.check(percent, List.of(new Row("2025-07-01", "120"))))
                .singleElement().hasToString("p (dòng/row 1): giá trị phải là một tỉ lệ từ 0 đến 100 (%), được «120»"
                        + " / the value must be a percentage from 0 to 100, found «120»");
        assertThat(ParameterForms.check(yesNo, List.of(new Row("2025-07-01", "có")))).isEmpty();
        assertThat(ParameterForms.check(persons, List.of(new Row("31/02/2025", "8"), new Row("", ""))))
                .singleElement().hasToString("n (dòng/row 1): ngày áp dụng phải là một ngày (01/07/2025), được «31/02/2025»"
                        + " / the from-date must be a day (2025-07-01), found «31/02/2025»");
        assertThat(ParameterForms.check(persons, List.of(new Row("2025-07-01", "8"), new Row("01/07/2025", "9"))))
                .singleElement().hasToString("n (dòng/row 2): ngày 2025-07-01 đã có ở một dòng khác"
                        + " / the day 2025-07-01 is already on another row");
        assertThat(ParameterForms.check(persons, List.of(new Row("", "")))).singleElement()
                .hasToString("n (dòng/row 1): cần ít nhất một giá trị có ngày áp dụng / at least one dated value is needed");
    }

    @Test
    void aNumberWithAnExponentOrTooManyDigitsIsRefusedNotWrittenOut() {
        Form persons = new Form("n", "", "người", "", List.of());

        assertThat(ParameterForms.check(persons, List.of(new Row("2025-07-01", "1e999999999")))).singleElement()
                .hasToString("n (dòng/row 1): giá trị phải là một số, được «1e999999999» / the value must be a number,"
                        + " found «1e999999999»");
        assertThat(ParameterForms.check(persons, List.of(new Row("2025-07-01", "1234567890123")))).hasSize(1);
        assertThat(ParameterForms.check(persons, List.of(new Row("2025-07-01", "8")))).isEmpty();
    }
}

package vn.xkmt.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.evaluation.RuleSetException;
import vn.xkmt.testing.RulesCopy;

/** The lint of a rule set, run on a copy of Thanh Hóa 2024.1 with one thing broken at a time. */
class RuleSetLintTest {

    private static final String FOLDER = "rules/thanh-hoa/2024.1";
    private static final String TH9 = FOLDER + "/TH9-mo-hinh.drl";

    @TempDir
    Path tmp;

    Path copy;

    @BeforeEach
    void copyThanhHoa() {
        copy = RulesCopy.copy(Path.of(FOLDER), tmp.resolve("thanh-hoa/2024.1"), rel -> !rel.startsWith("tests"));
    }

    private List<RuleProblem> problems() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> new RuleSetLoader().load(copy, FOLDER));
        assertThat(e).as("the lint refuses the rule set").isNotNull();
        return e.problems();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = copy.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
    }

    @Test
    void givenEveryRuleSetOfTheRepository_thenTheLintFindsNothing() throws IOException {
        for (Path folder : RuleSetCatalog.versionFolders(Path.of("rules"), new java.util.ArrayList<>())) {
            String display = "rules/" + Path.of("rules").relativize(folder).toString().replace('\\', '/');
            assertThat(new RuleSetLoader().load(folder, display).folder()).isEqualTo(display);
        }
    }

    @Test
    void givenARuleWithoutItsCriterionMetadata_thenTheLintNamesTheRuleWithFileAndLine() throws IOException {
        edit("TH9-mo-hinh.drl", "    @criterion(\"TH9\")\n", "");

        assertThat(problems()).containsExactly(new RuleProblem(TH9, 10, 0,
                "luật \"TH9 có ít nhất một mô hình hoạt động hiệu quả\" không ghi tiêu chí của mình (@criterion(\"…\"))"
                        + " / names no criterion (@criterion(\"…\") metadata)"));
    }

    @Test
    void givenAManifestCriterionWithNoRule_thenTheLintNamesItsConditionInTheManifest() throws IOException {
        Files.delete(copy.resolve("TH9-mo-hinh.drl"));

        assertThat(problems()).containsExactly(new RuleProblem(FOLDER + "/manifest.yaml", 0, 0,
                "TH9.mo-hinh: không có luật nào quyết định điều kiện này / no rule decides this condition"));
    }

    @Test
    void givenARuleWhoseCriterionIsNotInTheManifest_thenEachPlaceNamingItIsReportedWithItsLine() throws IOException {
        Files.writeString(copy.resolve("TH9-mo-hinh.drl"), Files.readString(copy.resolve("TH9-mo-hinh.drl")) + """

                rule "TH10 mô hình thứ hai"
                    @criterion("TH10")
                when
                    $members : List() from accumulate( $m : AntiDrugModel(), collectList( Member.of($m, $m.effective()) ) )
                then
                    insert( findings.atLeastOneModel("TH10", "mo-hinh", $members) );
                end
                """);

        assertThat(problems()).containsExactly(
                new RuleProblem(TH9, 19, 0, "luật \"TH10 mô hình thứ hai\" không bắt đầu bằng mã một tiêu chí trong manifest"
                        + " / does not start with a criterion id of the manifest"),
                new RuleProblem(TH9, 20, 0, "luật \"TH10 mô hình thứ hai\": tiêu chí @criterion(\"TH10\") không có trong manifest"
                        + " / criterion not in the manifest"),
                new RuleProblem(TH9, 24, 0, "TH10.mo-hinh: tiêu chí hoặc điều kiện không có trong manifest"
                        + " / criterion or condition not in the manifest"));
    }

    @Test
    void givenAMessageInViMissingInEn_thenTheEnglishFileIsNamedWithTheKey() throws IOException {
        edit("messages_en.properties", "TH1.ho-so.empty=No addict in the commune\n", "");

        assertThat(problems()).containsExactly(new RuleProblem(FOLDER + "/messages_en.properties", 0, 0,
                "thiếu thông điệp / missing message: TH1.ho-so.empty (có trong / present in messages_vi.properties)"));
    }

    @Test
    void givenAMessageInEnMissingInVi_thenTheVietnameseFileIsNamedWithTheKey() throws IOException {
        edit("messages_vi.properties", "TH1.ho-so.empty=Không có người nghiện trên địa bàn\n", "");

        assertThat(problems()).containsExactly(new RuleProblem(FOLDER + "/messages_vi.properties", 0, 0,
                "thiếu thông điệp / missing message: TH1.ho-so.empty (có trong / present in messages_en.properties)"));
    }

    @Test
    void givenARequiredMessageMissingInEn_thenItIsReportedOnce() throws IOException {
        edit("messages_en.properties", "TH1.ho-so.remedy=Open a management profile for {failed} addict(s): {ids}\n", "");

        assertThat(problems()).containsExactly(new RuleProblem(FOLDER + "/messages_en.properties", 0, 0,
                "thiếu thông điệp / missing message: TH1.ho-so.remedy"));
    }
}

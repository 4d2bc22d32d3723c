package vn.xkmt.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.LostRowsBuilder.lost;
import static vn.xkmt.testing.PersonBuilder.addict;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xkmt.commune.AntiDrugModel;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.LostRows;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.Tri;
import vn.xkmt.testing.CommuneBuilder;

/** A condition over a sheet some of whose rows were lost keeps only the outcome those rows cannot change. */
class FindingsLostRowsTest {

    private static final Set<String> SHEETS = Set.of("Nguoi", "Thon", "MoHinh");
    private static final LostRows LOST_PERSONS = lost("Nguoi", LostRows.Cause.DAMAGED).rows(15).build();

    private final Findings lost = new Findings("f.xlsx", SHEETS, List.of(LOST_PERSONS));

    private static List<Member> profiles(CommuneBuilder c) {
        return c.facts().members().stream().filter(f -> f instanceof Person).map(f -> (Person) f)
                .map(p -> Member.of(p, Tri.TRUE, p.hasProfile())).toList();
    }

    @Test
    void aPassOverPersonsBecomesUndecidedNamingTheCause() {
        Finding f = lost.everyPerson("T1", "ho-so", profiles(CommuneBuilder.thanhHoa("X").with(addict("NN-1"))));

        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(f.variant().key()).isEqualTo("lost-damaged");
        assertThat(f.args()).containsEntry("row", 15).containsEntry("sheet", "Nguoi");
        assertThat(f.missing()).extracting(CellRef::a1).containsExactly("Nguoi");
    }

    @Test
    void aFailureOfEveryPersonStandsWhateverTheLostRowsHeld() {
        Finding f = lost.everyPerson("T1", "ho-so", profiles(CommuneBuilder.thanhHoa("X").with(addict("NN-1").noProfile())));

        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.args()).containsEntry("ids", "NN-1");
    }

    @Test
    void aFailingShareBecomesUndecidedSinceLostRowsMightRaiseIt() {
        Finding f = lost.personsShare("T1", "ty-le", profiles(CommuneBuilder.thanhHoa("X").with(addict("NN-1").noProfile())),
                new Parameter("p", 80, "%"), true);

        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(f.variant().key()).isEqualTo("lost-damaged");
    }

    @Test
    void lostPersonsLeaveModelsAlone_andAQualifyingModelStandsWhenModelsWereLost() {
        List<Member> models = CommuneBuilder.thanhHoa("X").facts().members().stream()
                .filter(m -> m instanceof AntiDrugModel).map(m -> Member.of(m, m.flag("effective"))).toList();
        LostRows lostModels = lost("MoHinh", LostRows.Cause.COMMUNE_BLANK).ofCommune("X").rows(3).count(1)
                .cell("A", 3, "Mã xã").build();

        assertThat(lost.atLeastOneModel("T9", "mo-hinh", models).outcome()).isEqualTo(Outcome.PASS);
        assertThat(new Findings("f.xlsx", SHEETS, List.of(lostModels)).atLeastOneModel("T9", "mo-hinh", models).outcome())
                .isEqualTo(Outcome.PASS);
        assertThat(new Findings("f.xlsx", SHEETS, List.of(lostModels)).atLeastOneModel("T9", "mo-hinh", List.of()).outcome())
                .isEqualTo(Outcome.INSUFFICIENT_DATA);
    }
}

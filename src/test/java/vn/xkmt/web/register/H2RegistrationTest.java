package vn.xkmt.web.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.xkmt.web.WebTest;
import vn.xkmt.web.Workbooks;

/** The registrations' scenarios on H2, the default database; and one failure that must store nothing. */
@WebTest
class H2RegistrationTest extends RegistrationScenarios {

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /**
     * The register's writes share the evaluation's transaction: when they fail (here the readings' table is
     * gone), neither the evaluation nor a registration is kept. H2 only: renaming a table of a shared
     * PostgreSQL database would disturb other runs.
     */
    @Test
    void whenTheRegisterCannotBeWrittenTheEvaluationIsNotStoredEither() {
        long evaluations = count("SELECT COUNT(*) FROM evaluation");
        long events = count("SELECT COUNT(*) FROM register_event");
        jdbc.sql("ALTER TABLE registration_reading RENAME TO registration_reading_gone").update();
        try {
            assertThatThrownBy(() -> service.submit(appraiser(), "x.xlsx", Workbooks.thanhHoaRegistered(tag + "-X", NOV_15, 3, 2)))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            jdbc.sql("ALTER TABLE registration_reading_gone RENAME TO registration_reading").update();
        }
        assertThat(count("SELECT COUNT(*) FROM evaluation")).isEqualTo(evaluations);
        assertThat(count("SELECT COUNT(*) FROM register_event")).isEqualTo(events);
        assertThat(register.row("thanhhoa", tag + "-X")).isEmpty();
    }
}

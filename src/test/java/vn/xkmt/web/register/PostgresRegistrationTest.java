package vn.xkmt.web.register;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.xkmt.web.WebApp;

/**
 * The registrations' scenarios on a real PostgreSQL server ({@code XKMT_TEST_PG_URL}, as the other
 * PostgreSQL tests); Flyway migrates it first, rows are tagged so the database may be reused.
 */
@EnabledIfEnvironmentVariable(named = "XKMT_TEST_PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(classes = WebApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo", "postgres"})
class PostgresRegistrationTest extends RegistrationScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> System.getenv("XKMT_TEST_PG_URL"));
        r.add("spring.datasource.username", () -> env("XKMT_TEST_PG_USER", "xkmt"));
        r.add("spring.datasource.password", () -> env("XKMT_TEST_PG_PASSWORD", "xkmt"));
    }

    static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }
}

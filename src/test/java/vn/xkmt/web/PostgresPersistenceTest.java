package vn.xkmt.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The persistence scenarios, and twenty concurrent uploads, on a real PostgreSQL server: runs when
 * {@code XKMT_TEST_PG_URL} names one (CI starts Debian's postgresql; see docs/web.md), with
 * {@code XKMT_TEST_PG_USER} and {@code XKMT_TEST_PG_PASSWORD}. Flyway migrates the database first;
 * the tests tag their rows, so the database may be reused.
 */
@EnabledIfEnvironmentVariable(named = "XKMT_TEST_PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(classes = WebApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo", "postgres"})
class PostgresPersistenceTest extends PersistenceScenarios {

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

    @Autowired
    JsonMapper json;

    @Test
    void theDatabaseIsPostgreSql() {
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT version()").query(String.class).single())
                .startsWith("PostgreSQL");
    }

    @Test
    void twentyConcurrentUploads() throws Exception {
        ConcurrentUploadsTest.run(port, jdbc, json);
    }
}

package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * In CI ({@code XKMT_CI=1}, set by .ci/run) the PostgreSQL tests must run: this fails when the server
 * was not configured, instead of letting them be skipped silently.
 */
class PostgresInCiTest {

    @Test
    void ciConfiguresPostgreSql() {
        if ("1".equals(System.getenv("XKMT_CI"))) {
            assertThat(System.getenv("XKMT_TEST_PG_URL")).as("XKMT_TEST_PG_URL in CI").startsWith("jdbc:postgresql:");
        }
    }
}

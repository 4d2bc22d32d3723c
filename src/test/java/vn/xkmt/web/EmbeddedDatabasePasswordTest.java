package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded H2 file gets a generated password kept under data/, never sa with an empty one. */
class EmbeddedDatabasePasswordTest {

    @TempDir
    Path dir;

    String url() {
        return "jdbc:h2:file:" + dir.resolve("data/xkmt") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    StandardEnvironment environment(Map<String, Object> props) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", props));
        new EmbeddedDatabasePassword().postProcessEnvironment(env, null);
        return env;
    }

    StandardEnvironment start() {
        return environment(Map.of("spring.datasource.url", url(), "spring.datasource.username", "sa"));
    }

    @Test
    void aNewDatabaseGetsARandomPasswordInAFileOnlyItsOwnerReads() throws Exception {
        String password = start().getProperty("spring.datasource.password");
        assertThat(password).isNotBlank().hasSizeGreaterThanOrEqualTo(40);
        Path file = dir.resolve("data/xkmt-db.password");
        assertThat(Files.readString(file).trim()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Connection c = DriverManager.getConnection(url(), "sa", password)) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close()).isInstanceOf(SQLException.class);
    }

    @Test
    void theSamePasswordIsUsedAtEveryStart() {
        String first = start().getProperty("spring.datasource.password");
        assertThat(start().getProperty("spring.datasource.password")).isEqualTo(first);
        assertThat(EmbeddedDatabasePassword.generate()).isNotEqualTo(EmbeddedDatabasePassword.generate());
    }

    @Test
    void aDatabaseMadeWithTheEmptyPasswordIsGivenTheNewOne() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            c.createStatement().execute("CREATE TABLE kept (x INT)");
        }
        String password = start().getProperty("spring.datasource.password");
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close()).isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url(), "sa", password)) {
            assertThat(c.createStatement().executeQuery("SELECT COUNT(*) FROM kept").next()).isTrue();
        }
    }

    @Test
    void aFileMadeTooOpenIsClosedToOthersAtStart() throws Exception {
        start();
        Path file = dir.resolve("data/xkmt-db.password");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        start();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aConfiguredPasswordAndOtherDatabasesAreLeftAlone() {
        assertThat(environment(Map.of("spring.datasource.url", url(), "spring.datasource.password", "chosen-by-ops"))
                .getProperty("spring.datasource.password")).isEqualTo("chosen-by-ops");
        assertThat(environment(Map.of("spring.datasource.url", "jdbc:h2:mem:x")).getProperty("spring.datasource.password"))
                .isNull();
        assertThat(environment(Map.of("spring.datasource.url", "jdbc:postgresql://localhost/x"))
                .getProperty("spring.datasource.password")).isNull();
        assertThat(Files.exists(dir.resolve("data/xkmt-db.password"))).isFalse();
    }
}

package vn.xkmt.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded H2 database never runs with an empty password. When the database is an H2 file
 * ({@code jdbc:h2:file:./data/xkmt}) and no password is configured, a random one (32 bytes from
 * {@link SecureRandom}) is made once and kept next to the database, in {@code data/xkmt-db.password},
 * readable and writable by the file's owner only; later starts read it again. A database made by an
 * earlier version with the empty password is given the new password at the first start (it is
 * changed in the database before the file takes its final name). A password set by the operator
 * ({@code SPRING_DATASOURCE_PASSWORD}) is used as it is, and other databases are left alone.
 */
public final class EmbeddedDatabasePassword implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "xkmtEmbeddedDatabasePassword";
    static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;   // after the configuration files are read
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Path db = h2File(env.getProperty("spring.datasource.url"));
        String configured = env.getProperty("spring.datasource.password");
        if (db == null || (configured != null && !configured.isEmpty())) {
            return;
        }
        String user = env.getProperty("spring.datasource.username");
        if (user == null || user.isBlank()) {
            user = "sa";
        }
        String url = env.getProperty("spring.datasource.url");
        String password = passwordFor(db, url, user);
        env.getPropertySources().addFirst(new MapPropertySource(SOURCE,
                Map.of("spring.datasource.username", user, "spring.datasource.password", password)));
    }

    /** The database file's path ({@code ./data/xkmt} of {@code jdbc:h2:file:./data/xkmt;…}), or null. */
    static Path h2File(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return null;
        }
        String rest = url.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) {
            rest = rest.substring(0, semicolon);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.startsWith("mem:") || rest.matches("^[a-z]{2,}:.*")) {
            return null;   // in memory, or a server (tcp:, ssl:) that has its own credentials
        }
        return rest.isBlank() ? null : Path.of(rest.replaceFirst("^~", System.getProperty("user.home")));
    }

    /** The file that keeps the password of database {@code db}. */
    static Path passwordFile(Path db) {
        Path name = db.getFileName();
        Path parent = db.toAbsolutePath().getParent();
        return parent.resolve(name + "-db.password");
    }

    /** Reads the kept password, or makes one (and gives it to an existing database that had none). */
    static String passwordFor(Path db, String url, String user) {
        Path file = passwordFile(db);
        try {
            if (Files.exists(file)) {
                ownerOnly(file);
                String kept = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            Files.createDirectories(file.getParent());
            String password = generate();
            Path pending = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(pending);
            create(pending, password);
            try {
                if (Files.exists(db.resolveSibling(db.getFileName() + ".mv.db"))) {
                    setPassword(url, user, password);
                }
                Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(pending);
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the database password in " + file, e);
        }
    }

    /** An existing database made with the empty password gets the new one. */
    private static void setPassword(String url, String user, String password) {
        if (!user.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalStateException("Database user name " + user + " cannot be given a password here; "
                    + "set spring.datasource.password");
        }
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement()) {
            s.execute("ALTER USER " + user + " SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("The H2 database of " + url + " exists, has a password and no "
                    + "password file; set spring.datasource.password (SPRING_DATASOURCE_PASSWORD) to its password", e);
        }
    }

    /** 32 random bytes, URL-safe Base64 (no quote can appear in it). */
    static String generate() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static void create(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            ownerOnly(file);
        } catch (FileAlreadyExistsException e) {
            throw e;
        }
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
    }

    /** Readable and writable by the owner only (POSIX); elsewhere as far as java.io.File can say it. */
    static void ownerOnly(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            java.io.File f = file.toFile();
            f.setReadable(false, false);
            f.setWritable(false, false);
            f.setExecutable(false, false);
            f.setReadable(true, true);
            f.setWritable(true, true);
        }
    }
}

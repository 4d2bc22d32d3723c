package vn.xkmt.web.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xkmt.web.Provinces;

/** Accounts in the database: passwords hashed (bcrypt), roles, provinces. */
@Service
public class UserAccounts {

    /** Letters, digits, dot, dash, underscore; 3 to 100 characters. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,100}");
    public static final int MIN_PASSWORD = 10;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public Optional<XkmtUser> find(String username) {
        record Row(String username, String hash, boolean enabled) {}
        Optional<Row> row = jdbc.sql("SELECT username, password_hash, enabled FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Row(rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
        return row.map(r -> new XkmtUser(r.username(), r.hash(), r.enabled(), roles(r.username()), provinces(r.username())));
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    public boolean anyAdmin() {
        return jdbc.sql("SELECT COUNT(*) FROM user_role WHERE role = 'ADMIN'").query(Long.class).single() > 0;
    }

    /** Every account, without password hashes, by name. */
    public List<XkmtUser> all() {
        List<String> names = jdbc.sql("SELECT username FROM app_user ORDER BY username").query(String.class).list();
        List<XkmtUser> out = new ArrayList<>();
        for (String n : names) {
            find(n).ifPresent(u -> {
                u.eraseCredentials();
                out.add(u);
            });
        }
        return out;
    }

    /** Creates an account; the password is stored as a bcrypt hash. */
    @Transactional
    public void create(String username, String rawPassword, Collection<Role> roles, Collection<String> provinces) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("bad username");
        }
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("password too short");
        }
        jdbc.sql("INSERT INTO app_user (username, password_hash, enabled, created_at) VALUES (?, ?, TRUE, ?)")
                .params(username, encoder.encode(rawPassword), OffsetDateTime.now(ZoneOffset.UTC)).update();
        setRolesAndProvinces(username, roles, provinces);
    }

    @Transactional
    public void setRolesAndProvinces(String username, Collection<Role> roles, Collection<String> provinces) {
        jdbc.sql("DELETE FROM user_role WHERE username = ?").param(username).update();
        jdbc.sql("DELETE FROM user_province WHERE username = ?").param(username).update();
        for (Role r : roles) {
            jdbc.sql("INSERT INTO user_role (username, role) VALUES (?, ?)").params(username, r.name()).update();
        }
        for (String p : new java.util.TreeSet<>(provinces.stream().map(Provinces::slug).filter(s -> !s.isEmpty()).toList())) {
            jdbc.sql("INSERT INTO user_province (username, province) VALUES (?, ?)").params(username, p).update();
        }
    }

    public void setPassword(String username, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("password too short");
        }
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?").params(encoder.encode(rawPassword), username)
                .update();
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?").params(enabled, username).update();
    }

    private List<Role> roles(String username) {
        return jdbc.sql("SELECT role FROM user_role WHERE username = ? ORDER BY role").param(username)
                .query(String.class).list().stream().map(Role::valueOf).toList();
    }

    private List<String> provinces(String username) {
        return jdbc.sql("SELECT province FROM user_province WHERE username = ? ORDER BY province").param(username)
                .query(String.class).list();
    }
}

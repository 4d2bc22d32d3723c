package vn.xkmt.web.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.ruleset.RuleSetFiles;

/**
 * Table {@code rule_release}: every version put in force (seeded from the rules folder, published,
 * reverted), with all the files its content hash covers. With {@code xkmt.web.rules-source=database}
 * (several servers on one database) the newest release of each version is the source of truth: the
 * server's rules folder is rewritten from it at start and whenever a poll sees a new release
 * ({@link RuleReleaseSync}); the folder only seeds the versions the database does not hold yet. With
 * the default {@code folder} the folder is the truth: its versions are recorded (at start, and as
 * published or changed on disk) and nothing is read back.
 */
@Component
class RuleReleases {

    private static final Logger LOG = LoggerFactory.getLogger(RuleReleases.class);
    private static final TypeReference<TreeMap<String, String>> FILES = new TypeReference<>() {
    };
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** The newest release of a version. */
    record Release(long seq, String ruleSet, String version, String contentHash, Map<String, String> files) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RuleSetRegistry registry;
    private final boolean fromDatabase;

    RuleReleases(JdbcClient jdbc, JsonMapper json, RuleSetRegistry registry,
                 @Value("${xkmt.web.rules-source:folder}") String source) {
        this.jdbc = jdbc;
        this.json = json;
        this.registry = registry;
        if (!source.equals("folder") && !source.equals("database")) {
            throw new IllegalArgumentException("xkmt.web.rules-source must be folder or database, not " + source);
        }
        this.fromDatabase = source.equals("database");
    }

    /** Whether the database, not the folder, says which files are in force. */
    boolean fromDatabase() {
        return fromDatabase;
    }

    /** Records the files of a version folder as they are now (in the caller's transaction). */
    void record(String ruleSet, String version, String by, String reason, String publishId) {
        Map<String, byte[]> bytes = read(registry.root().resolve(segment(ruleSet)).resolve(segment(version)));
        Map<String, String> text = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : bytes.entrySet()) {
            try {
                text.put(f.getKey(), StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(f.getValue())).toString());
            } catch (CharacterCodingException e) {
                LOG.warn("Rule set {}@{} not recorded in the database: {} is not UTF-8 text", ruleSet, version, f.getKey());
                return;
            }
        }
        jdbc.sql("INSERT INTO rule_release (rule_set, version, content_hash, files, released_by, released_at, reason, "
                        + "publish_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ruleSet, version, RuleSetFiles.hash(bytes), json.writeValueAsString(text), by,
                        OffsetDateTime.now(ZoneOffset.UTC), reason, publishId)
                .update();
    }

    /** The highest release number (0: none). */
    long maxSeq() {
        Long max = jdbc.sql("SELECT MAX(seq) FROM rule_release").query(Long.class).optional().orElse(null);
        return max == null ? 0 : max;
    }

    /** The content hash of a version's newest release, or null. */
    String newestHash(String ruleSet, String version) {
        return jdbc.sql("SELECT content_hash FROM rule_release WHERE rule_set = ? AND version = ? ORDER BY seq DESC")
                .params(ruleSet, version).query(String.class).list().stream().findFirst().orElse(null);
    }

    boolean has(String ruleSet, String version) {
        return jdbc.sql("SELECT COUNT(*) FROM rule_release WHERE rule_set = ? AND version = ?").params(ruleSet, version)
                .query(Long.class).single() > 0;
    }

    List<Release> newest() {
        return jdbc.sql("SELECT r.seq, r.rule_set, r.version, r.content_hash, r.files FROM rule_release r WHERE r.seq = "
                        + "(SELECT MAX(x.seq) FROM rule_release x WHERE x.rule_set = r.rule_set AND x.version = r.version) "
                        + "ORDER BY r.rule_set, r.version")
                .query((rs, n) -> new Release(rs.getLong("seq"), rs.getString("rule_set"), rs.getString("version"),
                        rs.getString("content_hash"), json.readValue(rs.getString("files"), FILES)))
                .list();
    }

    /** Seeds every version loaded from the folder that the database does not hold (in the caller's transaction). */
    int seed() {
        int n = 0;
        for (LoadedRuleSet rs : registry.current().all()) {
            if (!has(rs.id(), rs.version())) {
                record(rs.id(), rs.version(), "rules folder", "seed", null);
                n++;
            }
        }
        return n;
    }

    /**
     * Rewrites the folder of every version whose files differ from its newest release; returns the
     * versions rewritten. The caller reloads the registry (under {@code registry.exclusively}).
     */
    List<String> writeNewest() {
        List<String> written = new java.util.ArrayList<>();
        for (Release r : newest()) {
            Path folder = registry.root().resolve(segment(r.ruleSet())).resolve(segment(r.version()));
            if (Files.isDirectory(folder) && RuleSetFiles.hash(read(folder)).equals(r.contentHash())) {
                continue;
            }
            write(folder, r.files());
            written.add(r.ruleSet() + "@" + r.version());
        }
        return written;
    }

    private static void write(Path folder, Map<String, String> files) {
        try {
            RuleSetFiles.writeExactly(folder, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try {
            return RuleSetFiles.read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String segment(String s) {
        if (s == null || !SEGMENT.matcher(s).matches() || s.contains("..")) {
            throw new IllegalArgumentException("Tên không hợp lệ / invalid name: " + s);
        }
        return s;
    }
}

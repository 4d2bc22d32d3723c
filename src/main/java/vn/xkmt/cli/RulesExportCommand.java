package vn.xkmt.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.ruleset.RuleSetFiles;

/**
 * {@code xkmt rules export DIR}: writes the rule set versions in force in the web app's database (the
 * newest row of each version in {@code rule_release}) into a rules folder, {@code DIR/<id>/<version>/},
 * each folder made to hold exactly the version's files ({@code tests/} kept). Plain JDBC: no Spring.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Ghi các phiên bản bộ tiêu chí đang có hiệu lực trong CSDL của ứng dụng web ra một thư mục.",
                "Writes the rule set versions in force in the web app's database into a rules folder.",
                "Database: --db-url, else XKMT_PG_URL (XKMT_PG_USER, XKMT_PG_PASSWORD), else the H2 file ./data/xkmt "
                        + "(with the server stopped)."})
final class RulesExportCommand implements Callable<Integer> {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final TypeReference<TreeMap<String, String>> FILES = new TypeReference<>() {
    };

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Thư mục ghi ra / rules folder to write")
    Path dir;

    @Option(names = "--db-url", description = "JDBC URL (jdbc:postgresql://… or jdbc:h2:…)")
    String url;

    @Option(names = "--db-user", description = "user / người dùng CSDL")
    String user;

    @Option(names = "--db-password", description = "password / mật khẩu CSDL")
    String password;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        resolveDatabase();
        JsonMapper json = JsonMapper.builder().build();
        int n = 0;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT r.rule_set, r.version, r.content_hash, r.files, r.released_by, "
                     + "r.released_at, r.reason FROM rule_release r WHERE r.seq = (SELECT MAX(x.seq) FROM rule_release x "
                     + "WHERE x.rule_set = r.rule_set AND x.version = r.version) ORDER BY r.rule_set, r.version")) {
            while (rs.next()) {
                String id = rs.getString("rule_set");
                String version = rs.getString("version");
                if (!SEGMENT.matcher(id).matches() || !SEGMENT.matcher(version).matches()) {
                    err.println(CliWords.tight("tag.error") + " " + CliWords.both("invalidName") + ": " + id + " " + version);
                    return XkmtCommand.INPUT_ERROR;
                }
                Map<String, String> files = json.readValue(rs.getString("files"), FILES);
                Path folder = dir.resolve(id).resolve(version);
                RuleSetFiles.writeExactly(folder, files);
                String hash = RuleSetFiles.hash(RuleSetFiles.read(folder));
                if (!hash.equals(rs.getString("content_hash"))) {
                    err.println(CliWords.tight("tag.error") + " " + folder + ": " + CliWords.both("contentHash") + " " + hash + " ≠ " + rs.getString("content_hash"));
                    return XkmtCommand.INPUT_ERROR;
                }
                out.printf("%s@%s#%s → %s (%s, %s, %s)%n", id, version, hash, folder, rs.getString("reason"),
                        rs.getString("released_by"), rs.getObject("released_at"));
                n++;
            }
        } catch (SQLException e) {
            err.println(CliWords.tight("tag.error") + " " + CliWords.both("cannotReadDatabase") + " " + url + ": " + e.getMessage());
            return XkmtCommand.INPUT_ERROR;
        }
        if (n == 0) {
            err.println(CliWords.tight("tag.error") + " " + CliWords.both("noReleases"));
            return XkmtCommand.INPUT_ERROR;
        }
        out.printf("%d %s → %s%n", n, CliWords.both("versions"), dir);
        return XkmtCommand.OK;
    }

    private void resolveDatabase() throws java.io.IOException {
        if (url == null) {
            url = env("XKMT_PG_URL");
            if (url != null) {
                user = user != null ? user : env("XKMT_PG_USER");
                password = password != null ? password : env("XKMT_PG_PASSWORD");
            }
        }
        if (url == null) {
            url = "jdbc:h2:file:./data/xkmt";
            user = user != null ? user : "sa";
            Path kept = Path.of("data", "xkmt-db.password");
            if (password == null && Files.isRegularFile(kept)) {
                password = Files.readString(kept).trim();
            }
        }
        user = user != null ? user : "xkmt";
        password = password != null ? password : "";
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v;
    }
}

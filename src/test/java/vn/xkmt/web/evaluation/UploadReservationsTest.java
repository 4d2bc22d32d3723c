package vn.xkmt.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.WithoutDemoProfile;
import vn.xkmt.web.Workbooks;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/**
 * The hourly limit counts the uploads being evaluated on any server as rows of
 * {@code upload_reservation}: a row of another server counts, one left by a server that stopped
 * longer ago than {@link UploadQuota#STALE} no longer counts and is deleted; a stored evaluation
 * takes its reservation's place in the same transaction.
 */
@WithoutDemoProfile
class UploadReservationsTest {

    @Autowired
    EvaluationService service;
    @Autowired
    JdbcClient jdbc;

    void reservation(String user, OffsetDateTime at) {
        jdbc.sql("INSERT INTO upload_reservation (id, username, reserved_at) VALUES (?, ?, ?)")
                .params(java.util.UUID.randomUUID().toString(), user, at).update();
    }

    long rows(String user) {
        return jdbc.sql("SELECT COUNT(*) FROM upload_reservation WHERE username = ?").param(user).query(Long.class).single();
    }

    @Test
    void uploadsInFlightElsewhereCountAndStaleOnesDoNot() {
        XkmtUser me = new XkmtUser("reserve.elsewhere", "-", true, List.of(Role.APPRAISER), List.of("thanh-hoa"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // two uploads in flight on another server, and two left by a server that died long ago
        reservation(me.getUsername(), now.minusSeconds(5));
        reservation(me.getUsername(), now.minusSeconds(20));
        reservation(me.getUsername(), now.minus(UploadQuota.STALE).minusMinutes(1));
        reservation(me.getUsername(), now.minusHours(2));

        service.submit(me, "a.xlsx", Workbooks.thanhHoa("TH-RES-1")); // 2 in flight + 1 = 3, the limit
        assertThat(rows(me.getUsername())).as("the stale ones deleted, the stored one's gone with its commit").isEqualTo(2);
        assertThatThrownBy(() -> service.submit(me, "b.xlsx", Workbooks.thanhHoa("TH-RES-2")))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.code()).isEqualTo("too-many"));
        assertThat(rows(me.getUsername())).isEqualTo(2);

        // the other server's uploads end (stored or refused there): room again
        jdbc.sql("DELETE FROM upload_reservation WHERE username = ?").param(me.getUsername()).update();
        service.submit(me, "c.xlsx", Workbooks.thanhHoa("TH-RES-3"));
        assertThat(rows(me.getUsername())).isZero();
    }
}

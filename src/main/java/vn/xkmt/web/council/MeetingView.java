package vn.xkmt.web.council;

import java.util.List;
import vn.xkmt.web.audit.AuditEntry;

/** A meeting with its pack and its audit trail. */
public record MeetingView(Meeting meeting, List<ItemView> items, List<AuditEntry> audit) {

    public boolean allDecided() {
        return !items.isEmpty() && items.stream().allMatch(i -> i.item().decided());
    }

    public long count(Decision d) {
        return items.stream().filter(i -> i.item().decision() == d).count();
    }
}

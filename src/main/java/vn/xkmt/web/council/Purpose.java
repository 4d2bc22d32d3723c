package vn.xkmt.web.council;

import java.util.List;

/** Why a commune is on a meeting's agenda, and the decisions the council may take on it. */
public enum Purpose {
    /** Proposed for recognition. */
    RECOGNITION(List.of(Decision.RECOGNISED, Decision.NOT_RECOGNISED, Decision.DEFERRED)),
    /** A recognised commune re-appraised for revocation. */
    REVOCATION(List.of(Decision.REVOKED, Decision.KEPT, Decision.DEFERRED));

    private final List<Decision> decisions;

    Purpose(List<Decision> decisions) {
        this.decisions = decisions;
    }

    public List<Decision> decisions() {
        return decisions;
    }
}

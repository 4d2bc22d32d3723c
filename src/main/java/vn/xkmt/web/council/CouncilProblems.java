package vn.xkmt.web.council;

import vn.xkmt.web.WebProblem;

/** The refusals of the council's record, in Vietnamese and English. */
final class CouncilProblems {

    private CouncilProblems() {
    }

    static WebProblem conflict() {
        return WebProblem.of(409, "edit-conflict.council");
    }

    static WebProblem notSecretariat() {
        return WebProblem.of(403, "forbidden-role.council");
    }

    static WebProblem notDraft() {
        return WebProblem.of(409, "pack-frozen");
    }

    static WebProblem notFrozen() {
        return WebProblem.of(409, "not-frozen");
    }

    static WebProblem closed() {
        return WebProblem.of(409, "meeting-closed");
    }

    static WebProblem notClosed() {
        return WebProblem.of(409, "not-closed");
    }
}

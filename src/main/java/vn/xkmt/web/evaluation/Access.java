package vn.xkmt.web.evaluation;

import vn.xkmt.web.security.XkmtUser;

/**
 * Who sees a stored evaluation. A user sees it when the workbook names one of their provinces (then
 * only that province's results), or when they uploaded it and it names no province. They see it
 * whole — errors, warnings, the uploaded file with its names — when every province it names is
 * theirs. Admins see everything.
 */
final class Access {

    private Access() {
    }

    static boolean visible(EvaluationSummary s, XkmtUser user) {
        if (user.isAdmin()) {
            return true;
        }
        if (s.provinces().isEmpty()) {
            return s.createdBy().equals(user.getUsername());
        }
        return s.provinces().stream().anyMatch(user::covers);
    }

    static boolean complete(EvaluationSummary s, XkmtUser user) {
        if (user.isAdmin()) {
            return true;
        }
        if (s.provinces().isEmpty()) {
            return s.createdBy().equals(user.getUsername());
        }
        return user.coversAll(s.provinces());
    }
}

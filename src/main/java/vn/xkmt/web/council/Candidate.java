package vn.xkmt.web.council;

import vn.xkmt.web.communeresult.EvaluatedUnit;

/** A commune that can be added to a meeting: its latest evaluation, its district, whether it is on the agenda. */
public record Candidate(EvaluatedUnit unit, String district, boolean onAgenda) {}

package vn.xkmt.web.targets;

import vn.xkmt.report.result.Bilingual;

/** A criterion that keeps communes from recognition: how many not-yet-recognised communes did not pass it. */
public record HoldingBack(String criterionId, Bilingual title, int communes) {}

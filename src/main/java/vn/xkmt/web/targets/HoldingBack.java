package vn.xkmt.web.targets;

import vn.xkmt.web.communeresult.Text;

/** A criterion that keeps communes from recognition: how many not-yet-recognised communes did not pass it. */
public record HoldingBack(String criterionId, Text title, int communes) {}

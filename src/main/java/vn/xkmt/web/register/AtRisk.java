package vn.xkmt.web.register;

import java.util.List;
import vn.xkmt.report.result.CriterionEntry;

/** A recognised commune whose newer evaluation no longer passes, with the criteria it fails. */
public record AtRisk(RegisterRow row, List<CriterionEntry> failing) {}

package vn.xkmt.web.register;

import java.util.List;
import vn.xkmt.web.communeresult.UnitResultView;

/** A recognised commune whose newer evaluation no longer passes, with the criteria it fails. */
public record AtRisk(RegisterRow row, List<UnitResultView.Criterion> failing) {}

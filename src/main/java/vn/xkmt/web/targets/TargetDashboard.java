package vn.xkmt.web.targets;

import java.util.List;
import vn.xkmt.web.evaluation.Province;
import vn.xkmt.web.register.RegisterRow;

/**
 * A province against its targets: each target's progress, the chart over time, the communes not yet
 * recognised and the criteria that hold them back most.
 */
public record TargetDashboard(Province province, int recognisedNow, int communes, List<TargetProgress> progress,
                              ProgressChart chart, List<RegisterRow> missing, List<HoldingBack> holdingBack) {}

package vn.xkmt.web.evaluation;

import java.time.OffsetDateTime;

/** One evaluated commune (or annual row) of a stored evaluation, as the history and dashboard index it. */
public record UnitRow(long evaluationId, OffsetDateTime evaluatedAt, String unitKey, String unitCode, String unitName,
                      Integer year, String province, String provinceName, String ruleSetId, String ruleSetVersion,
                      String ruleSetHash, String verdict) {}

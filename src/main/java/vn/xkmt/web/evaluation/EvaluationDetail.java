package vn.xkmt.web.evaluation;

import java.util.Map;

/**
 * A stored evaluation as one user may see it.
 *
 * @param document    the result document (results of the user's provinces only)
 * @param complete    the user sees every result, error and warning
 * @param hiddenUnits results left out because they belong to other provinces
 * @param mayDownloadInput the user may download the uploaded workbook (it holds names)
 */
public record EvaluationDetail(EvaluationSummary summary, Map<String, Object> document, boolean complete,
                               int hiddenUnits, boolean mayDownloadInput) {}

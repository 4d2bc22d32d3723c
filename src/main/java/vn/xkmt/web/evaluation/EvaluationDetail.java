package vn.xkmt.web.evaluation;

import vn.xkmt.report.result.RunDocument;

/**
 * A stored evaluation as one user may see it.
 *
 * @param summary     the entry, counted over the results the user sees
 * @param document    the result as stored, read back as records (results of the user's provinces only, counted over those)
 * @param complete    the user sees every result, error and warning; when false, the workbook also holds
 *                    communes of other provinces, which are left out (how many is not said either)
 * @param mayDownloadInput the user may download the uploaded workbook (it holds names)
 */
public record EvaluationDetail(EvaluationSummary summary, RunDocument document, boolean complete,
                               boolean mayDownloadInput) {}

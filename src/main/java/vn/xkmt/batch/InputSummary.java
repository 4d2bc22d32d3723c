package vn.xkmt.batch;

/** What was read from one input workbook, for the record of a run. */
public record InputSummary(String file, String sha256, int communes, int persons, int villages, int models,
                           int annualRows, int errors, int warnings) {}

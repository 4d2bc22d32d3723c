package vn.xkmt.report.result;

import java.util.List;
import java.util.function.Predicate;

/**
 * A whole run: what was read and under which rules ({@code run}), the counts ({@code summary}), every unit's
 * result, the errors and the warnings. {@code schemaVersion} is the version of this shape as stored and written;
 * a document stored before it was written reads as {@link #LEGACY}. Version 2 added what the reports show beside the
 * results (each rule set version's criteria, labels, deadlines and plan; each unit's sheet and phase); a document
 * of version 0 or 1 reads with them absent.
 */
public record RunDocument(int schemaVersion, RunInfo run, Summary summary, List<UnitEntry> results,
                          List<Problem> errors, List<Problem> warnings) {

    /** The shape written today. */
    public static final int CURRENT = 2;
    /** Documents stored before the shape carried a version (the same shape). */
    public static final int LEGACY = 0;

    public RunDocument {
        results = List.copyOf(results);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** The same document written under today's version. */
    public RunDocument current() {
        return schemaVersion == CURRENT ? this : new RunDocument(CURRENT, run, summary, results, errors, warnings);
    }

    /** The units that {@code keep} accepts, in order. */
    public List<UnitEntry> results(Predicate<UnitEntry> keep) {
        return results.stream().filter(keep).toList();
    }
}

package vn.xkmt.batch;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.UnitResult;

/**
 * One run over a batch of workbooks: every unit's result, every input error and warning, and what
 * is needed to reproduce it (inputs with their SHA-256, rule set versions with their content hash).
 */
public record RunResult(Instant startedAt, Instant finishedAt, String xkmtVersion, List<InputSummary> inputs,
                        List<UnitResult> results, List<DataProblem> problems) {

    public RunResult {
        inputs = List.copyOf(inputs);
        results = List.copyOf(results);
        problems = List.copyOf(problems);
    }

    public List<DataProblem> errors() {
        return problems.stream().filter(DataProblem::isError).toList();
    }

    public List<DataProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(DataProblem::isError);
    }

    /** The rule set versions that decided at least one result, by id then version. */
    public List<RuleSetDefinition> ruleSetsUsed() {
        Map<String, RuleSetDefinition> used = new LinkedHashMap<>();
        results.forEach(r -> used.putIfAbsent(r.ruleSet().id() + "@" + r.ruleSet().version(), r.ruleSet()));
        return used.values().stream().sorted(Comparator.comparing(RuleSetDefinition::id)
                .thenComparing(RuleSetDefinition::version)).toList();
    }
}

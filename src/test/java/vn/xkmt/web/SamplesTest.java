package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.evaluation.Reruns;
import vn.xkmt.web.evaluation.Evaluations;

/** Every sample workbook uploaded to the web app gives the verdicts and outcomes its expected.yaml states. */
@WebTest
class SamplesTest {

    @Autowired
    EvaluationService service;
    @Autowired
    Reruns reruns;
    @Autowired
    Evaluations evaluations;

    static Stream<Path> samples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".xlsx"))
                    .filter(p -> Files.exists(expected(p))).sorted().toList().stream();
        }
    }

    static Path expected(Path workbook) {
        return workbook.resolveSibling(workbook.getFileName().toString().replace(".xlsx", ".expected.yaml"));
    }

    /** unit key → {verdict, criteria: {id: outcome}} as the expected file states it. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> expectations(Path workbook) throws Exception {
        return new YAMLMapper().readValue(expected(workbook).toFile(), LinkedHashMap.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @SuppressWarnings("unchecked")
    void sampleGivesItsExpectedResults(Path workbook) throws Exception {
        long id = service.submit(As.ADMIN.user(), workbook.getFileName().toString(), Files.readAllBytes(workbook));
        RunDocument doc = evaluations.detail(id, As.ADMIN.user()).document();
        Map<String, Map<String, Object>> got = new LinkedHashMap<>();
        for (UnitEntry r : doc.results()) {
            Map<String, Object> criteria = new LinkedHashMap<>();
            r.criteria().forEach(c -> criteria.put(c.id(), c.outcome().name()));
            got.put(r.key(), Map.of("verdict", r.verdict().name(), "criteria", criteria));
        }
        Map<String, Map<String, Object>> want = expectations(workbook);
        assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(want.keySet());
        want.forEach((unit, e) -> {
            assertThat(got.get(unit).get("verdict")).as(unit).isEqualTo(e.get("verdict"));
            assertThat(got.get(unit).get("criteria")).as(unit).isEqualTo(e.get("criteria"));
        });
        assertThat(reruns.rerun(id, As.ADMIN.user()).matches()).isTrue();
    }
}

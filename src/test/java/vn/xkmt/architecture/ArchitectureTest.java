package vn.xkmt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of {@code docs/architecture.md}: the evaluation core (fact model and engine) stands alone — no Spring,
 * POI or Jackson, no outer feature —, every feature package depends only on the ones its row of the table names, and
 * no two feature packages depend on each other.
 */
@AnalyzeClasses(packages = "vn.xkmt", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNeitherSpringNorPoi = noClasses()
            .that().resideInAnyPackage("vn.xkmt.text..", "vn.xkmt.commune..", "vn.xkmt.evaluation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.poi..",
                    "org.openxmlformats..", "jakarta.servlet..")
            .because("the evaluation core must run anywhere: command line, server, benchmark");

    @ArchTest
    static final ArchRule coreImportsNoJackson = noClasses()
            .that().resideInAnyPackage("vn.xkmt.text..", "vn.xkmt.commune..", "vn.xkmt.evaluation..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson.databind..")
            .because("results become JSON at the edges (report, web), not in the engine");

    /** The table of docs/architecture.md, "depends on", as layers: each may be used only by the ones listed. */
    @ArchTest
    static final ArchRule layersAsDocumented = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("entry").definedBy("vn.xkmt")
            .layer("cli").definedBy("vn.xkmt.cli..")
            .layer("web").definedBy("vn.xkmt.web..")
            .layer("authoring").definedBy("vn.xkmt.authoring..")
            .layer("report").definedBy("vn.xkmt.report..")
            .layer("batch").definedBy("vn.xkmt.batch..")
            .layer("template").definedBy("vn.xkmt.template..")
            .layer("ingest").definedBy("vn.xkmt.ingest..")
            .layer("ruleset").definedBy("vn.xkmt.ruleset..")
            .layer("evaluation").definedBy("vn.xkmt.evaluation..")
            .layer("commune").definedBy("vn.xkmt.commune..")
            .layer("text").definedBy("vn.xkmt.text..")
            .whereLayer("entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("entry")
            .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("authoring").mayOnlyBeAccessedByLayers("web", "cli", "entry")
            .whereLayer("report").mayOnlyBeAccessedByLayers("web", "cli")
            .whereLayer("batch").mayOnlyBeAccessedByLayers("report", "authoring", "web", "cli")
            .whereLayer("template").mayOnlyBeAccessedByLayers("authoring", "web", "cli")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("authoring", "web", "cli")
            .whereLayer("ruleset").mayOnlyBeAccessedByLayers("batch", "authoring", "web", "cli")
            .whereLayer("evaluation").mayOnlyBeAccessedByLayers("ruleset", "batch", "report", "authoring", "web",
                    "cli", "entry")
            .because("docs/architecture.md: dependencies point inwards, to the evaluation core");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("vn.xkmt.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreDependsOnNoOuterFeature = noClasses()
            .that().resideInAnyPackage("vn.xkmt.text..", "vn.xkmt.commune..", "vn.xkmt.evaluation..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.xkmt.ingest..", "vn.xkmt.batch..",
                    "vn.xkmt.report..", "vn.xkmt.web..", "vn.xkmt.cli..", "vn.xkmt.ruleset..", "vn.xkmt.template..")
            .because("features depend on the core, never the other way round");

    @ArchTest
    static final ArchRule textKnowsNoFeature = noClasses()
            .that().resideInAPackage("vn.xkmt.text..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.xkmt.commune..", "vn.xkmt.evaluation..",
                    "org.kie..", "org.drools..")
            .because("languages and message bundles are the bottom of the layering: every feature may use them");

    @ArchTest
    static final ArchRule factModelKnowsNoEngine = noClasses()
            .that().resideInAPackage("vn.xkmt.commune..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "vn.xkmt.evaluation..");
}

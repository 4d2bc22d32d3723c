package vn.xkmt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The evaluation core (fact model and engine) stands alone: no Spring, no POI, no outer feature. */
@AnalyzeClasses(packages = "vn.xkmt", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNeitherSpringNorPoi = noClasses()
            .that().resideInAnyPackage("vn.xkmt.commune..", "vn.xkmt.evaluation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.poi..",
                    "org.openxmlformats..", "jakarta.servlet..")
            .because("the evaluation core must run anywhere: command line, server, benchmark");

    @ArchTest
    static final ArchRule coreDependsOnNoOuterFeature = noClasses()
            .that().resideInAnyPackage("vn.xkmt.commune..", "vn.xkmt.evaluation..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.xkmt.ingest..", "vn.xkmt.batch..",
                    "vn.xkmt.report..", "vn.xkmt.web..", "vn.xkmt.cli..", "vn.xkmt.ruleset..", "vn.xkmt.template..")
            .because("features depend on the core, never the other way round");

    @ArchTest
    static final ArchRule factModelKnowsNoEngine = noClasses()
            .that().resideInAPackage("vn.xkmt.commune..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "vn.xkmt.evaluation..");
}

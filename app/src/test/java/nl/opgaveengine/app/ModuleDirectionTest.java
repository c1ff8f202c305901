package nl.opgaveengine.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the module directions: api ← engine, api ← command-side → engine, api ← query-side, app → all. */
class ModuleDirectionTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.opgaveengine");

    @Test
    void apiDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("nl.opgaveengine.api..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.opgaveengine.engine..",
                        "nl.opgaveengine.command..", "nl.opgaveengine.query..", "nl.opgaveengine.bpmn..",
                        "nl.opgaveengine.app..")
                .check(CLASSES);
    }

    @Test
    void engineKnowsNothingOfOpgaven() {
        noClasses().that().resideInAPackage("nl.opgaveengine.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.opgaveengine.api.opgave..",
                        "nl.opgaveengine.command..", "nl.opgaveengine.query..", "nl.opgaveengine.bpmn..",
                        "nl.opgaveengine.app..")
                .check(CLASSES);
    }

    @Test
    void querySideSeesNeitherAggregatesNorTheEngine() {
        noClasses().that().resideInAPackage("nl.opgaveengine.query..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.opgaveengine.engine..",
                        "nl.opgaveengine.command..", "nl.opgaveengine.app..")
                .check(CLASSES);
    }

    @Test
    void commandSideDoesNotReachIntoTheQuerySideOrTheApp() {
        noClasses().that().resideInAPackage("nl.opgaveengine.command..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.opgaveengine.query..", "nl.opgaveengine.app..")
                .check(CLASSES);
    }

    @Test
    void modelsModuleStandsAlone() {
        noClasses().that().resideInAPackage("nl.opgaveengine.bpmn..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.opgaveengine.engine..",
                        "nl.opgaveengine.command..", "nl.opgaveengine.query..", "nl.opgaveengine.app..")
                .check(CLASSES);
    }
}

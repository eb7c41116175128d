package dev.marsad.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps core pure (no network, files, database or web) and its packages and classes acyclic (STYLE §9.2). */
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.marsad");
    }

    @Test
    void coreDoesNoNetworkFileOrDatabaseIo() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "java.net..", "java.nio.file..", "java.sql..", "javax.sql..", "java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .because("core parses what it is given; I/O lives in marsad-adapters")
                .check(core);
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("dev.marsad.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void everyPackageIsItsOwnSliceAndFreeOfCycles() {
        // (**) makes extract.ner a slice of its own, apart from extract.
        slices().matching("dev.marsad.(**)").should().beFreeOfCycles().check(core);
    }

    @Test
    void noTwoClassesNeedEachOther() {
        org.assertj.core.api.Assertions.assertThat(ClassCycles.in(core, "dev.marsad.")).isEmpty();
    }

    @Test
    void stagesDoNotDependOnEachOther() {
        String[] stages = {"ingest", "clean", "extract", "dedupe", "cluster", "summarize"};
        for (String stage : stages) {
            String[] others = java.util.Arrays.stream(stages).filter(s -> !s.equals(stage))
                    .map(s -> "dev.marsad." + s + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.marsad." + stage + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .because("only pipeline knows every stage; stages share model, port, text and calendar")
                    .check(core);
        }
    }

    @Test
    void modelDependsOnNothingElseInMarsad() {
        noClasses().that().resideInAPackage("dev.marsad.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.marsad.ingest..", "dev.marsad.clean..", "dev.marsad.extract..", "dev.marsad.text..",
                        "dev.marsad.calendar..", "dev.marsad.pipeline..", "dev.marsad.dedupe..",
                        "dev.marsad.cluster..", "dev.marsad.summarize..")
                .check(core);
    }
}

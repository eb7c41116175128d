package dev.marsad.adapter.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.marsad.arch.ClassCycles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapters' packages and classes do not need each other in circles. */
class AdaptersArchitectureTest {
    private static JavaClasses adapters;

    @BeforeAll
    static void importAdapters() {
        adapters = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.marsad.adapter");
    }

    @Test
    void everyPackageIsItsOwnSliceAndFreeOfCycles() {
        // files reads inputs through http's fetcher; http must not know inputs in return.
        slices().matching("dev.marsad.adapter.(**)").should().beFreeOfCycles().check(adapters);
    }

    @Test
    void noTwoClassesNeedEachOther() {
        assertThat(ClassCycles.in(adapters, "dev.marsad.adapter.")).isEmpty();
    }
}

package dev.marsad.adapter.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.marsad.arch.ClassCycles;
import org.junit.jupiter.api.Test;

/** The adapters' classes do not need each other in circles (the package cycle files ↔ http is still open). */
class AdaptersArchitectureTest {
    @Test
    void noTwoClassesNeedEachOther() {
        JavaClasses adapters = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.marsad.adapter");
        assertThat(ClassCycles.in(adapters, "dev.marsad.adapter.")).isEmpty();
    }
}

package dev.marsad.app.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's packages do not need each other in circles: the commands (cli) use the server, the JSON
 * writers and the ingest service; none of those reaches back into the commands.
 */
class AppArchitectureTest {
    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.marsad.app");
    }

    @Test
    void everyPackageIsItsOwnSliceAndFreeOfCycles() {
        slices().matching("dev.marsad.app.(**)").should().beFreeOfCycles().check(app);
    }
}

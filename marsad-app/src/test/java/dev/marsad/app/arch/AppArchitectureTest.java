package dev.marsad.app.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.marsad.arch.ClassCycles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's packages do not need each other in circles: the commands (cli) use the server, the JSON
 * writers and the ingest service; none of those reaches back into the commands. Nor do two classes need each
 * other: the API's handlers share the search parameters and the JSON answer with the read side ({@code Api}) instead
 * of calling into it.
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

    @Test
    void noTwoClassesNeedEachOther() {
        assertThat(ClassCycles.in(app, "dev.marsad.app.")).isEmpty();
    }
}

package dev.marsad.eval.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.marsad.arch.ClassCycles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The evaluation module's packages and classes do not need each other in circles, as in the other modules. */
class EvalArchitectureTest {
    private static JavaClasses eval;

    @BeforeAll
    static void importEval() {
        eval = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.marsad.eval");
    }

    @Test
    void everyPackageIsItsOwnSliceAndFreeOfCycles() {
        slices().matching("dev.marsad.eval.(**)").should().beFreeOfCycles().check(eval);
    }

    @Test
    void noTwoClassesNeedEachOther() {
        assertThat(ClassCycles.in(eval, "dev.marsad.eval.")).isEmpty();
    }
}

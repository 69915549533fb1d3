package dev.playground.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.playground.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EngineArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.playground.engine");
    }

    @Test
    void engine_uses_no_javafx() {
        ArchitectureRules.NO_JAVAFX_OUTSIDE_UI_AND_APP.check(engine);
    }

    @Test
    void engine_uses_no_sql() {
        ArchitectureRules.NO_SQL_OUTSIDE_STORE.check(engine);
    }

    @Test
    void core_engine_does_not_depend_on_retrieval() {
        ArchitectureRules.CORE_ENGINE_WITHOUT_RETRIEVAL.check(engine);
    }

    @Test
    void engine_uses_neither_h2_nor_flyway() {
        ArchitectureRules.NO_H2_OUTSIDE_STORE.check(engine);
    }

    @Test
    void engine_packages_have_no_cycles() {
        ArchitectureRules.ENGINE_PACKAGES_FREE_OF_CYCLES.check(engine);
    }

    @Test
    void engine_prints_nothing_to_standard_streams() {
        ArchitectureRules.NO_STANDARD_STREAMS_OUTSIDE_CLI.check(engine);
    }
}

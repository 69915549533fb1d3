package dev.playground.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.playground.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class UiArchitectureTest {
    private final JavaClasses ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.playground.ui");

    @Test
    void ui_reaches_models_and_storage_only_through_engine_and_store_interfaces() {
        ArchitectureRules.NO_LANGCHAIN4J_OUTSIDE_ENGINE.check(ui);
        ArchitectureRules.NO_SQL_OUTSIDE_STORE.check(ui);
        ArchitectureRules.NO_STANDARD_STREAMS_OUTSIDE_CLI.check(ui);
    }
}

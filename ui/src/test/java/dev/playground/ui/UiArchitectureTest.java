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
        ArchitectureRules.NO_H2_OUTSIDE_STORE.check(ui);
        ArchitectureRules.NO_STANDARD_STREAMS_OUTSIDE_CLI.check(ui);
    }

    @Test
    void view_models_hold_no_nodes_and_get_their_services_handed_over() {
        ArchitectureRules.VIEW_MODELS_HOLD_NO_NODES.check(ui);
        ArchitectureRules.VIEW_MODELS_GET_THE_STORE_HANDED_OVER.check(ui);
    }

    @Test
    void views_touch_neither_the_store_nor_the_executor() {
        ArchitectureRules.VIEWS_TOUCH_NEITHER_STORE_NOR_EXECUTOR.check(ui);
    }
}

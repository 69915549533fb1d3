package dev.playground.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.playground.engine.archcyclea.CycleA;
import dev.playground.engine.archcycleb.CycleB;
import dev.playground.engine.archfixture.EngineClassThatUsesJavaFx;
import dev.playground.engine.archfixture.EngineClassThatUsesRetrieval;
import dev.playground.testkit.ArchitectureRules;
import dev.playground.ui.archfixture.ExecutorBuildingViewModel;
import dev.playground.ui.archfixture.LabelHoldingViewModel;
import dev.playground.ui.archfixture.StoreTouchingView;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries, checked over every module's production classes together, and each rule
 * shown failing on a deliberately bad class from this module's test sources.
 */
class AppArchitectureTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // In a reactor build the other modules arrive as jars; their test-jars are left out here.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.playground");

    @Test
    void javafx_is_used_only_in_ui_and_app() {
        assertThat(ALL.containPackage("dev.playground.engine")).isTrue();
        assertThat(ALL.containPackage("dev.playground.ui")).isTrue();
        ArchitectureRules.NO_JAVAFX_OUTSIDE_UI_AND_APP.check(ALL);
    }

    @Test
    void sql_is_used_only_in_the_store() {
        ArchitectureRules.NO_SQL_OUTSIDE_STORE.check(ALL);
    }

    @Test
    void h2_flyway_and_the_h2_repositories_are_used_only_in_the_store() {
        ArchitectureRules.NO_H2_OUTSIDE_STORE.check(ALL);
    }

    @Test
    void the_engine_packages_have_no_cycles() {
        ArchitectureRules.ENGINE_PACKAGES_FREE_OF_CYCLES.check(ALL);
    }

    @Test
    void view_models_hold_no_nodes_and_views_touch_neither_store_nor_executor() {
        assertThat(ALL.stream().filter(c -> c.getSimpleName().endsWith("ViewModel")).count()).isGreaterThan(10);
        ArchitectureRules.VIEW_MODELS_HOLD_NO_NODES.check(ALL);
        ArchitectureRules.VIEWS_TOUCH_NEITHER_STORE_NOR_EXECUTOR.check(ALL);
        ArchitectureRules.VIEW_MODELS_GET_THE_STORE_HANDED_OVER.check(ALL);
    }

    @Test
    void langchain4j_is_used_only_in_the_engine() {
        ArchitectureRules.NO_LANGCHAIN4J_OUTSIDE_ENGINE.check(ALL);
    }

    @Test
    void core_engine_does_not_depend_on_retrieval() {
        assertThat(ALL.containPackage("dev.playground.engine.retrieval")).isTrue();
        ArchitectureRules.CORE_ENGINE_WITHOUT_RETRIEVAL.check(ALL);
    }

    @Test
    void the_retrieval_rule_fails_for_a_core_class_that_uses_a_collection() {
        JavaClasses fixture = new ClassFileImporter().importClasses(EngineClassThatUsesRetrieval.class);
        EvaluationResult result = ArchitectureRules.CORE_ENGINE_WITHOUT_RETRIEVAL.evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("DocumentCollections"));
    }

    @Test
    void standard_streams_only_in_the_command_line() {
        ArchitectureRules.NO_STANDARD_STREAMS_OUTSIDE_CLI.check(ALL);
    }

    // ---- each rule can fail ----

    @Test
    void the_javafx_rule_fails_for_an_engine_class_that_imports_javafx() {
        assertThat(violations(ArchitectureRules.NO_JAVAFX_OUTSIDE_UI_AND_APP, EngineClassThatUsesJavaFx.class))
                .anyMatch(line -> line.contains("javafx.beans.property"));
    }

    @Test
    void the_h2_rule_fails_for_a_ui_class_that_uses_the_store_internals() {
        assertThat(violations(ArchitectureRules.NO_H2_OUTSIDE_STORE, ExecutorBuildingViewModel.class))
                .anyMatch(line -> line.contains("dev.playground.store.h2.Jdbc"));
    }

    @Test
    void the_cycle_rule_fails_for_two_engine_packages_that_use_each_other() {
        assertThat(violations(ArchitectureRules.ENGINE_PACKAGES_FREE_OF_CYCLES, CycleA.class, CycleB.class))
                .anyMatch(line -> line.contains("archcyclea") && line.contains("archcycleb"));
    }

    @Test
    void the_node_rule_fails_for_a_view_model_with_a_label_or_a_property_of_nodes() {
        List<String> found = violations(ArchitectureRules.VIEW_MODELS_HOLD_NO_NODES, LabelHoldingViewModel.class);
        assertThat(found).anyMatch(line -> line.contains("LabelHoldingViewModel.status"));
        assertThat(found).anyMatch(line -> line.contains("LabelHoldingViewModel.graphic"));
        assertThat(found).noneMatch(line -> line.contains("LabelHoldingViewModel.fine"));
    }

    @Test
    void the_view_rule_fails_for_a_view_that_reads_the_store_on_the_executor() {
        List<String> found = violations(ArchitectureRules.VIEWS_TOUCH_NEITHER_STORE_NOR_EXECUTOR, StoreTouchingView.class);
        assertThat(found).anyMatch(line -> line.contains("dev.playground.store.PromptRepository"));
        assertThat(found).anyMatch(line -> line.contains("dev.playground.engine.task.TaskExecutor"));
        assertThat(found).as("showing a record the view model handed over is allowed").noneMatch(line -> line.contains("<dev.playground.store.PromptVersion>"));
    }

    @Test
    void the_hand_over_rule_fails_for_a_view_model_that_builds_an_executor_or_opens_the_store() {
        List<String> found = violations(ArchitectureRules.VIEW_MODELS_GET_THE_STORE_HANDED_OVER, ExecutorBuildingViewModel.class);
        assertThat(found).anyMatch(line -> line.contains("VirtualThreadTaskExecutor.<init>"));
        assertThat(found).anyMatch(line -> line.contains("dev.playground.store.LocalStore"));
    }

    private static List<String> violations(ArchRule rule, Class<?>... classes) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(classes));
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return result.getFailureReport().getDetails();
    }
}

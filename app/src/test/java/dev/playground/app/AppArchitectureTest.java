package dev.playground.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.playground.engine.archfixture.EngineClassThatUsesJavaFx;
import dev.playground.engine.archfixture.EngineClassThatUsesRetrieval;
import dev.playground.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The module boundaries, checked over every module's production classes together. */
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

    @Test
    void the_javafx_rule_fails_for_an_engine_class_that_imports_javafx() {
        JavaClasses fixture = new ClassFileImporter().importClasses(EngineClassThatUsesJavaFx.class);
        EvaluationResult result = ArchitectureRules.NO_JAVAFX_OUTSIDE_UI_AND_APP.evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("javafx.beans.property"));
    }
}

package dev.playground.engine.retrieval;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.playground.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RetrievalArchitectureTest {
    private static JavaClasses retrieval;

    @BeforeAll
    static void importRetrieval() {
        retrieval = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.playground.engine.retrieval");
    }

    @Test
    void retrieval_uses_no_javafx() {
        ArchitectureRules.NO_JAVAFX_OUTSIDE_UI_AND_APP.check(retrieval);
    }

    @Test
    void retrieval_uses_no_sql() {
        ArchitectureRules.NO_SQL_OUTSIDE_STORE.check(retrieval);
    }

    @Test
    void retrieval_prints_nothing_to_standard_streams() {
        ArchitectureRules.NO_STANDARD_STREAMS_OUTSIDE_CLI.check(retrieval);
    }
}

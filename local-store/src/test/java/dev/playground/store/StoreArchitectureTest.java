package dev.playground.store;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.playground.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class StoreArchitectureTest {
    private final JavaClasses store = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.playground.store");

    @Test
    void store_uses_no_javafx_and_no_langchain4j() {
        ArchitectureRules.NO_JAVAFX_OUTSIDE_UI_AND_APP.check(store);
        ArchitectureRules.NO_LANGCHAIN4J_OUTSIDE_ENGINE.check(store);
        ArchitectureRules.NO_STANDARD_STREAMS_OUTSIDE_CLI.check(store);
    }
}

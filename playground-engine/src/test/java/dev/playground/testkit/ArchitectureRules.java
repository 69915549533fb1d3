package dev.playground.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries, as rules every module's architecture test applies to its own classes
 * (and the app's test to all of them). Shared through the engine's test-jar.
 */
public final class ArchitectureRules {
    private ArchitectureRules() {}

    public static final ArchRule NO_JAVAFX_OUTSIDE_UI_AND_APP = noClasses()
            .that().resideOutsideOfPackages("dev.playground.ui..", "dev.playground.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("only the ui and app modules may use JavaFX; the engine and store must run headless");

    public static final ArchRule NO_SQL_OUTSIDE_STORE = noClasses()
            .that().resideOutsideOfPackage("dev.playground.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
            .because("storage goes through the repository interfaces of local-store");

    public static final ArchRule NO_LANGCHAIN4J_OUTSIDE_ENGINE = noClasses()
            .that().resideOutsideOfPackage("dev.playground.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..")
            .because("LangChain4j stays behind the engine's own narrow port");

    public static final ArchRule CORE_ENGINE_WITHOUT_RETRIEVAL = noClasses()
            .that().resideInAPackage("dev.playground.engine..")
            .and().resideOutsideOfPackage("dev.playground.engine.retrieval..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.playground.engine.retrieval..",
                    "org.apache.lucene..", "org.apache.tika..", "org.apache.pdfbox..", "ai.onnxruntime..", "ai.djl..")
            .because("retrieval is its own module (playground-engine/retrieval) behind the core's ContextRetriever and"
                    + " TextEmbedder ports, so the core, its tests and commands without documents do not carry its jars");

    public static final ArchRule NO_STANDARD_STREAMS_OUTSIDE_CLI = noClasses()
            .that().resideOutsideOfPackage("dev.playground.app.cli..")
            .and().resideOutsideOfPackage("dev.playground.benchmarks..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("output to people goes through the UI or the command line; diagnostics go to the log");
}

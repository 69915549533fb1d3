package dev.playground.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * The module boundaries, as rules every module's architecture test applies to its own classes
 * (and the app's test to all of them). Shared through the engine's test-jar, which has no JavaFX:
 * JavaFX types are named by string.
 */
public final class ArchitectureRules {
    private ArchitectureRules() {}

    /** A view, or a class nested in one (its cells and helpers). */
    private static final String VIEW = ".*View(\\$.*)?";
    /** A view model, or a class nested in one (its listeners). */
    private static final String VIEW_MODEL = ".*ViewModel(\\$.*)?";

    public static final ArchRule NO_JAVAFX_OUTSIDE_UI_AND_APP = noClasses()
            .that().resideOutsideOfPackages("dev.playground.ui..", "dev.playground.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("only the ui and app modules may use JavaFX; the engine and store must run headless");

    public static final ArchRule NO_SQL_OUTSIDE_STORE = noClasses()
            .that().resideOutsideOfPackage("dev.playground.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("storage goes through the repository interfaces of local-store");

    public static final ArchRule NO_H2_OUTSIDE_STORE = noClasses()
            .that().resideOutsideOfPackage("dev.playground.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.flywaydb..", "dev.playground.store.h2..")
            .because("the database behind the store (H2, its Flyway migrations and our H2 repositories) is local-store's "
                    + "own business: everyone else asks LocalStore for a repository interface, so the database can change "
                    + "without touching them");

    /**
     * The engine's packages (the core and the retrieval module alike) depend on each other without
     * cycles, with no exceptions. (The last one, model ⇄ prompt, was broken by moving {@code Role} and
     * {@code RenderedMessage} into {@code model}, next to the {@code CompletionRequest} that carries them.)
     */
    public static final ArchRule ENGINE_PACKAGES_FREE_OF_CYCLES = slices()
            .matching("dev.playground.engine.(*)..")
            .should().beFreeOfCycles()
            .because("a package cycle means no part of the engine can be understood, tested or split into a module on its own");

    public static final ArchRule VIEW_MODELS_HOLD_NO_NODES = ArchRuleDefinition.noFields()
            .that().areDeclaredInClassesThat().haveNameMatching(VIEW_MODEL)
            .should(holdNodes())
            .because("a view model outlives its views (they are rebuilt when the language changes) and is tested "
                    + "without a stage; a node in it would keep the old view alive and tie it to the FX toolkit");

    public static final ArchRule VIEWS_TOUCH_NEITHER_STORE_NOR_EXECUTOR = noClasses()
            .that().haveNameMatching(VIEW)
            .should().dependOnClassesThat(storeAccess())
            .orShould().dependOnClassesThat().resideInAPackage("dev.playground.engine.task..")
            .because("views only bind to their view model; reading or writing the store and starting background work "
                    + "belong in the view model, where plain tests with the synchronous executor reach them "
                    + "(views may still show the value records the view model hands them)");

    public static final ArchRule VIEW_MODELS_GET_THE_STORE_HANDED_OVER = noClasses()
            .that().haveNameMatching(VIEW_MODEL)
            .should().dependOnClassesThat().haveFullyQualifiedName("dev.playground.store.LocalStore")
            .orShould().callConstructorWhere(DescribedPredicate.describe("a service, repository, gateway or executor of ours",
                    call -> builtService(call.getTargetOwner())))
            .because("the composition root builds every service and repository once and hands them over, so a view "
                    + "model can be tested with whatever it is given");

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
            // Prints nothing: it keeps the llama.cpp binding's own notice off standard output while it loads.
            .and().doNotHaveFullyQualifiedName("dev.playground.engine.local.NativeLoadNotice")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("output to people goes through the UI or the command line; diagnostics go to the log");

    /** The store's access points: everything in it but the value records and enums it returns. */
    private static DescribedPredicate<JavaClass> storeAccess() {
        return resideInAnyPackage("dev.playground.store..").and(not(DescribedPredicate.describe("records or enums",
                (JavaClass c) -> c.isRecord() || c.isEnum())));
    }

    /** A service, repository, gateway, executor or runner of ours: what only the composition root builds. */
    private static boolean builtService(JavaClass owner) {
        if (!owner.getPackageName().startsWith("dev.playground.engine") && !owner.getPackageName().startsWith("dev.playground.store")) return false;
        return owner.getSimpleName().matches(".*(Service|Repository|Gateway|Executor|Runner|Retriever|Discovery|Collections|Store|Resolver|Renderer|Counter)");
    }

    private static ArchCondition<JavaField> holdNodes() {
        return new ArchCondition<>("hold a JavaFX node (a javafx.scene.Node, or a type argument that is one)") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                if (isOrHoldsNode(field.getType())) {
                    events.add(SimpleConditionEvent.satisfied(field, field.getFullName() + " holds a node: " + field.getType().getName()));
                }
            }
        };
    }

    private static boolean isOrHoldsNode(JavaType type) {
        if (type.toErasure().isAssignableTo("javafx.scene.Node")) return true;
        if (type instanceof JavaParameterizedType parameterized) {
            return parameterized.getActualTypeArguments().stream().anyMatch(ArchitectureRules::isOrHoldsNode);
        }
        return false;
    }
}

package dev.playground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.store.RunQuery;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.playground.PlaygroundViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's Stop buttons (the playground's and Compare's) end calls the server is still holding, and the run
 * log keeps each one, marked cancelled, as the command line's Ctrl+C does.
 */
class StopRecordsCancelledRunsTest {
    private static final Duration SAFETY_NET = Duration.ofSeconds(30);

    @TempDir Path dataDir;
    private LocalStore store;
    private OpenAiWireServer server;
    private UiServices services;
    private Connection lab;

    @BeforeEach
    void setUp() {
        UiThread.standInOnThisThread();
        store = LocalStore.open(dataDir);
        server = OpenAiWireServer.start();
        lab = Connection.openAiCompatible("lab", "Lab", server.baseUrl(), "", "lab-model");
        store.connections().saveAll(List.of(lab));
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(5))), GatewayPolicy.DEFAULT,
                run -> store.runs().record(run), PriceTable::defaults);
        services = new UiServices(store, gateway, new TemplateRenderer(), tokens, new CurrentThreadTaskExecutor(), "tester");
    }

    @AfterEach
    void tearDown() {
        UiThread.endStandIn();
        server.close();
        store.close();
    }

    @Test
    void the_playground_stop_button_records_the_run_as_cancelled_with_the_text_so_far() throws Exception {
        server.enqueue(ScriptedReply.streamWithDelays(0, 120_000, "Hola ", "mundo"));
        PlaygroundViewModel playground = new PlaygroundViewModel(services, new I18n(Locale.ENGLISH));
        playground.show(new PromptDocument(PromptTemplate.systemAndUser("", "Say hello."), "lab", "lab-model", ModelSettings.DEFAULTS,
                Map.of()), "greeting");

        playground.run();
        assertThat(server.awaitRequests(1, SAFETY_NET)).isTrue();
        playground.stop();
        waitFor(() -> !playground.runningProperty().get() && store.runs().count() == 1);

        RunRecord run = store.runs().find(RunQuery.latest(5)).get(0);
        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.promptName()).isEqualTo("greeting");
        assertThat(run.error()).isEqualTo("Stopped by you.");
    }

    @Test
    void the_compare_stop_button_records_every_cell_still_running_as_cancelled() throws Exception {
        server.enqueueFor("model-a", ScriptedReply.streamWithDelays(120_000, 0, "never"))
                .enqueueFor("model-b", ScriptedReply.streamWithDelays(120_000, 0, "never"));
        CompareViewModel compare = new CompareViewModel(services, () -> PromptTemplate.systemAndUser("", "Say hello."),
                FXCollections.observableArrayList(lab), new I18n(Locale.ENGLISH));
        compare.grid().addVariant().modelProperty().set("model-a");
        compare.grid().addVariant().modelProperty().set("model-b");
        compare.columns().forEach(column -> column.connectionProperty().set(lab));

        compare.runs().runAll();
        assertThat(server.awaitRequests(2, SAFETY_NET)).isTrue();
        compare.runs().stop();
        waitFor(() -> !compare.runs().runningProperty().get() && store.runs().count() == 2);

        assertThat(store.runs().find(RunQuery.latest(5))).hasSize(2).allSatisfy(run -> assertThat(run.status()).isEqualTo(RunStatus.CANCELLED))
                .extracting(RunRecord::model).containsExactlyInAnyOrder("model-a", "model-b");
    }

    /** The calls end on the gateway's threads: wait for the outcome (the safety net only guards a hang). */
    private static void waitFor(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + SAFETY_NET.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("the stopped calls did not end");
            Thread.sleep(10);
        }
    }
}

package dev.playground.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.testing.FxThreadStandIn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The playground's parts with the synchronous executor, a dry-run connection and no stage: panel, run, save. */
@ExtendWith(FxThreadStandIn.class)
class PlaygroundViewModelTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private PlaygroundViewModel viewModel;
    private final Connection lab = Connection.openAiCompatible("lab", "Lab", "http://127.0.0.1:9/v1", "", "lab-model");

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun(), lab));
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new DryRunProvider(tokens), new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(2))));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, new CurrentThreadTaskExecutor(), "tester");
        viewModel = new PlaygroundViewModel(services, new I18n(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void showGreeting(String name) {
        viewModel.show(new PromptDocument(PromptTemplate.systemAndUser("Be brief.", "Say hello to {{ name }}."), "dry-run", "dry-run",
                ModelSettings.DEFAULTS, Map.of("name", name)), "greeting");
    }

    /** The dry run answers on the gateway's threads; the result comes back through the FX hop. */
    private void waitUntilStopped() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (viewModel.runningProperty().get()) {
            if (System.nanoTime() > deadline) throw new AssertionError("still running: " + viewModel.statusProperty().get());
            Thread.sleep(10);
        }
    }

    @Test
    void the_panel_lists_the_saved_connections_and_a_document_brings_its_own_model_and_parameters() {
        assertThat(viewModel.started()).isCompletedWithValue(false);
        assertThat(viewModel.connections()).containsExactly(Connection.dryRun(), lab);
        assertThat(viewModel.connectionProperty().get()).isEqualTo(Connection.dryRun());

        viewModel.show(new PromptDocument(PromptTemplate.systemAndUser("", "Hi"), "lab", "other-model",
                ModelSettings.DEFAULTS.withTemperature(0.25).withMaxTokens(77), Map.of()), "hi");

        assertThat(viewModel.connectionProperty().get()).isEqualTo(lab);
        assertThat(viewModel.baseUrlProperty().get()).isEqualTo("http://127.0.0.1:9/v1");
        assertThat(viewModel.modelProperty().get()).isEqualTo("other-model");
        assertThat(viewModel.temperatureProperty().get()).isEqualTo(0.25);
        PromptDocument document = viewModel.document();
        assertThat(document.connectionId()).isEqualTo("lab");
        assertThat(document.settings().maxTokens()).isEqualTo(77);
        assertThat(viewModel.promptNameProperty().get()).isEqualTo("hi");
    }

    @Test
    void a_run_streams_the_rendered_prompt_and_ends_with_its_figures() throws Exception {
        showGreeting("Ada");
        viewModel.run();
        waitUntilStopped();
        assertThat(viewModel.errorProperty().get()).as(viewModel.statusProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Done.");
        assertThat(viewModel.outputProperty().get()).contains("Say hello to Ada.");
        assertThat(viewModel.statsProperty().get()).contains("ms");
    }

    @Test
    void a_blank_variable_stops_the_run_with_its_name_and_nothing_is_sent() {
        showGreeting("  ");
        viewModel.run();
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.errorProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Cannot run yet: give a value to name.");
        assertThat(viewModel.outputProperty().get()).isEmpty();
    }

    @Test
    void an_address_edited_in_the_panel_overrides_it_for_the_run_only_and_an_unreachable_server_ends_the_run_with_a_message() throws Exception {
        showGreeting("Ada");
        viewModel.selectConnection("lab");
        String savedUrl = viewModel.connectionProperty().get().baseUrl();
        viewModel.baseUrlProperty().set("http://127.0.0.1:9/v2");
        assertThat(viewModel.panel().overriddenProperty().get()).isTrue();
        viewModel.run();
        waitUntilStopped();
        assertThat(store.connections().all()).filteredOn(c -> c.id().equals("lab")).extracting(Connection::baseUrl)
                .containsExactly(savedUrl);
        assertThat(viewModel.connections()).filteredOn(c -> c.id().equals("lab")).extracting(Connection::baseUrl)
                .containsExactly(savedUrl);
        assertThat(viewModel.baseUrlProperty().get()).isEqualTo("http://127.0.0.1:9/v2");
        assertThat(viewModel.errorProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).isNotBlank();
    }

    @Test
    void saving_makes_a_new_version_and_says_so() {
        showGreeting("Ada");
        viewModel.dirtyProperty().set(true);
        viewModel.save(" greeting ", "first").join();
        assertThat(store.prompts().versions("greeting")).hasSize(1);
        assertThat(store.prompts().versions("greeting").get(0).document().variables()).containsEntry("name", "Ada");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved greeting as version 1.");
        assertThat(viewModel.dirtyProperty().get()).isFalse();
        assertThat(viewModel.promptNameProperty().get()).isEqualTo("greeting");
    }

    @Test
    void a_new_prompt_clears_the_editor_and_the_output() throws Exception {
        showGreeting("Ada");
        viewModel.run();
        waitUntilStopped();
        viewModel.newPrompt();
        assertThat(viewModel.outputProperty().get()).isEmpty();
        assertThat(viewModel.statusProperty().get()).isEmpty();
        assertThat(viewModel.promptNameProperty().get()).isEmpty();
    }
}

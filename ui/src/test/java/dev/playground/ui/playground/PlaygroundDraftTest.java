package dev.playground.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.ManualTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.Draft;
import dev.playground.store.LocalStore;
import dev.playground.store.h2.Jdbc;
import dev.playground.ui.common.DraftAutosaver;
import dev.playground.ui.common.I18n;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.testing.FxThreadStandIn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The playground's draft autosave, with a hand-moved clock: no FX thread, no sleeps. */
@ExtendWith(FxThreadStandIn.class)
class PlaygroundDraftTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private PlaygroundViewModel viewModel;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun(), Connection.openAiCompatible("lab", "Lab", "http://127.0.0.1:9/v1", "", "m")));
        viewModel = newViewModel();
    }

    private PlaygroundViewModel newViewModel() {
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        return new PlaygroundViewModel(new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester"), new I18n(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        Jdbc.checkAccessWith(null);
        store.close();
    }

    private Optional<Draft> stored() {
        return store.drafts().load(PlaygroundViewModel.DRAFT_ID);
    }

    private void type(String text) {
        viewModel.editor().messages().get(1).textProperty().set(text);
    }

    @Test
    void a_burst_of_keystrokes_is_written_once_shortly_after_the_typing_stops() {
        assertThat(viewModel.started()).isCompletedWithValue(false);
        AtomicInteger writes = new AtomicInteger();
        Jdbc.checkAccessWith(what -> {
            if (what.equals("autosave the draft")) writes.incrementAndGet();
        });
        for (String prefix : List.of("H", "He", "Hel", "Hell", "Hello")) {
            type(prefix);
            executor.advance(Duration.ofMillis(100));
        }
        assertThat(stored()).isEmpty();
        executor.advance(DraftAutosaver.QUIET);
        assertThat(stored()).get().extracting(d -> d.document().template().textOf(Role.USER)).isEqualTo("Hello");
        assertThat(writes).hasValue(1);
        assertThat(executor.pending()).isZero();
        assertThat(store.drafts().interrupted()).containsExactly(PlaygroundViewModel.DRAFT_ID);
    }

    @Test
    void typing_without_a_pause_is_still_saved_within_two_seconds() {
        for (int i = 1; i <= 20; i++) {
            type("x".repeat(i));
            executor.advance(Duration.ofMillis(100));
        }
        // Two seconds of typing with no quiet moment: the longest wait has already written it once.
        assertThat(stored()).get().extracting(d -> d.document().template().textOf(Role.USER).length()).satisfies(n -> assertThat(n).isBetween(14, 16));
        executor.advance(Duration.ofSeconds(2));
        assertThat(stored()).get().extracting(d -> d.document().template().textOf(Role.USER)).isEqualTo("x".repeat(20));
    }

    @Test
    void model_parameters_variables_and_variable_sets_are_part_of_the_draft() {
        type("Translate {{text}} into {{language}}");
        viewModel.editor().variables().stream().filter(v -> v.name().equals("text")).findFirst().orElseThrow().valueProperty().set("hola");
        viewModel.editor().saveTestInputs("greeting");
        viewModel.selectConnection("lab");
        viewModel.modelProperty().set("qwen");
        viewModel.temperatureProperty().set(0.2);
        viewModel.parameters().seedProperty().set("42");
        executor.advance(Duration.ofSeconds(2));

        var document = stored().orElseThrow().document();
        assertThat(document.connectionId()).isEqualTo("lab");
        assertThat(document.model()).isEqualTo("qwen");
        assertThat(document.settings().temperature()).isEqualTo(0.2);
        assertThat(document.settings().seed()).isEqualTo(42);
        assertThat(document.variables()).containsEntry("text", "hola");
        assertThat(document.testInputs()).containsKey("greeting");

        // The next start (after a kill: the draft was never closed cleanly) shows it all again and says it was recovered.
        PlaygroundViewModel restarted = newViewModel();
        assertThat(restarted.started()).isCompletedWithValue(true);
        assertThat(restarted.template().textOf(Role.USER)).isEqualTo("Translate {{text}} into {{language}}");
        assertThat(restarted.connectionProperty().get().id()).isEqualTo("lab");
        assertThat(restarted.modelProperty().get()).isEqualTo("qwen");
        assertThat(restarted.parameters().seedProperty().get()).isEqualTo("42");
        assertThat(restarted.editor().testInputNames()).containsExactly("greeting");
        // Restoring is not an edit: nothing is waiting to be written.
        assertThat(executor.pending()).isZero();
    }

    @Test
    void a_draft_closed_cleanly_comes_back_without_being_called_recovered() {
        type("Draft kept across a normal restart");
        viewModel.saveDraft();
        store.drafts().markAllClosed();
        PlaygroundViewModel restarted = newViewModel();
        assertThat(restarted.started()).isCompletedWithValue(false);
        assertThat(restarted.template().textOf(Role.USER)).isEqualTo("Draft kept across a normal restart");
    }

    @Test
    void the_drafts_own_address_and_key_variable_come_back_after_a_restart_and_the_saved_connection_is_untouched() {
        type("Hello");
        viewModel.selectConnection("lab");
        viewModel.baseUrlProperty().set("http://127.0.0.1:18778/v1");
        viewModel.apiKeyEnvProperty().set("LAB_KEY");
        executor.advance(Duration.ofSeconds(2));
        assertThat(store.connections().all()).as("Settings alone changes a saved connection")
                .filteredOn(c -> c.id().equals("lab")).extracting(Connection::baseUrl).containsExactly("http://127.0.0.1:9/v1");

        PlaygroundViewModel restarted = newViewModel();
        assertThat(restarted.connectionProperty().get().id()).isEqualTo("lab");
        assertThat(restarted.baseUrlProperty().get()).isEqualTo("http://127.0.0.1:18778/v1");
        assertThat(restarted.apiKeyEnvProperty().get()).isEqualTo("LAB_KEY");
        assertThat(restarted.panel().overriddenProperty().get()).as("the panel says it is an override").isTrue();

        // Back to the saved address: the next start uses the saved connection as it is.
        restarted.panel().useSaved();
        executor.advance(Duration.ofSeconds(2));
        PlaygroundViewModel again = newViewModel();
        assertThat(again.baseUrlProperty().get()).isEqualTo("http://127.0.0.1:9/v1");
        assertThat(again.panel().overriddenProperty().get()).isFalse();
    }
}

package dev.playground.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.DatasetVersion;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.testkit.ScriptedReply;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Generate from documents…" with the synchronous executor, a real collection and the real generator against a
 * loopback server: generate, review (keep, drop, edit), add as a new version; skips, stop and refusals in words.
 */
class GenerateRowsViewModelTest {
    @TempDir Path dir;
    private GenerationFixture fixture;
    private GenerateRowsViewModel viewModel;
    private final List<DatasetVersion> added = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        UiThread.standInOnThisThread();
        fixture = new GenerationFixture(dir);
        viewModel = fixture.viewModel(new CurrentThreadTaskExecutor(), new I18n(Locale.ENGLISH));
        viewModel.onAdded(added::add);
        viewModel.load().get(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
        UiThread.endStandIn();
    }

    @Test
    void generated_rows_are_reviewed_and_only_the_kept_ones_are_added_as_a_new_version() throws Exception {
        assertThat(viewModel.collectionNames()).containsExactly("handbook");
        assertThat(viewModel.connectionProperty().get().name()).isEqualTo("Loop");
        assertThat(viewModel.modelProperty().get()).isEqualTo("gen-model");

        viewModel.generate().get(30, TimeUnit.SECONDS);

        assertThat(viewModel.messageProperty().get()).isEqualTo("3 rows to review.");
        assertThat(viewModel.candidates()).hasSize(3);
        GeneratedCandidate bees = candidate("bees.md");
        assertThat(GenerateRowsViewModel.question(bees.row())).isEqualTo("What about bees?");
        assertThat(bees.source().text()).contains("thirty-five degrees");
        candidate("tea.md").keptProperty().set(false);
        viewModel.editQuestion(bees, "How warm is the brood nest?");
        viewModel.editFacts(candidate("chess.md"), "a draw may be claimed\nfifty moves each");

        viewModel.datasetProperty().set("qa");
        viewModel.addToDataset().get(20, TimeUnit.SECONDS);

        assertThat(viewModel.failedProperty().get()).as(viewModel.messageProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Added 2 rows as qa/1.");
        assertThat(added).singleElement().extracting(DatasetVersion::reference).isEqualTo("qa/1");
        List<DatasetRow> stored = fixture.datasets.resolve("qa").dataset().rows();
        assertThat(stored).extracting(GenerateRowsViewModel::question).containsExactlyInAnyOrder("How warm is the brood nest?", "What about chess?");
        assertThat(stored).anySatisfy(row -> assertThat(row.expectedFacts()).containsExactly("a draw may be claimed", "fifty moves each"));
        assertThat(stored).allSatisfy(row -> assertThat(row.metadata()).containsKeys("source_document", "source_chunk"));
        assertThat(viewModel.candidates()).isEmpty();
    }

    @Test
    void answers_that_cannot_be_used_are_counted_in_the_message() throws Exception {
        fixture.server.respondWith(body -> {
            String passage = GenerationFixture.passageOf(body);
            if (passage.contains("honeybee")) return ScriptedReply.stream("Happy to help!");
            if (passage.contains("fifty-move")) return ScriptedReply.stream("{\"question\": \"Draw?\"}");
            return ScriptedReply.stream(GenerationFixture.good(passage));
        });

        viewModel.generate().get(30, TimeUnit.SECONDS);

        assertThat(viewModel.candidates()).hasSize(1);
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("1 row to review. 2 answers could not be used: 1 was not a JSON object, 1 had no list of expected facts.");
    }

    @Test
    void stop_ends_the_calls_and_keeps_nothing() throws Exception {
        fixture.server.respondWith(body -> ScriptedReply.streamWithDelays(120_000, 0, "never"));

        var shown = viewModel.generate();
        assertThat(fixture.server.awaitRequests(3, Duration.ofSeconds(20))).isTrue();
        assertThat(viewModel.runningProperty().get()).isTrue();
        viewModel.cancel();
        shown.get(20, TimeUnit.SECONDS);

        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Stopped. Nothing was added.");
        assertThat(viewModel.candidates()).isEmpty();
    }

    @Test
    void refusals_say_what_to_do_in_spanish_too() throws Exception {
        GenerateRowsViewModel spanish = fixture.viewModel(new CurrentThreadTaskExecutor(), new I18n(Locale.forLanguageTag("es")));
        spanish.load().get(20, TimeUnit.SECONDS);
        spanish.variableProperty().set("1st");
        spanish.generate().get(20, TimeUnit.SECONDS);
        assertThat(spanish.failedProperty().get()).isTrue();
        assertThat(spanish.messageProperty().get()).startsWith("Nombra la variable de la pregunta");

        spanish.variableProperty().set("pregunta");
        spanish.generate().get(30, TimeUnit.SECONDS);
        assertThat(spanish.messageProperty().get()).isEqualTo("3 filas para revisar.");
        spanish.addToDataset().get(20, TimeUnit.SECONDS);
        assertThat(spanish.messageProperty().get()).isEqualTo("Ponle nombre al conjunto de datos.");
        spanish.candidates().forEach(c -> c.keptProperty().set(false));
        spanish.datasetProperty().set("qa");
        spanish.addToDataset().get(20, TimeUnit.SECONDS);
        assertThat(spanish.messageProperty().get()).isEqualTo("Conserva al menos una fila (marca Conservar).");
        assertThat(fixture.datasets.list()).isEmpty();
    }

    private GeneratedCandidate candidate(String document) {
        return viewModel.candidates().stream().filter(c -> c.source().document().equals(document)).findFirst().orElseThrow();
    }
}

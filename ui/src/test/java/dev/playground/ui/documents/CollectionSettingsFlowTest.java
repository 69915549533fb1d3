package dev.playground.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.retrieval.CollectionSettings;
import dev.playground.engine.retrieval.ContextDefaults;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.embed.EmbeddingChoice;
import dev.playground.engine.retrieval.embed.Embedders;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.testkit.OllamaWireServer;
import dev.playground.testkit.RetrievalCorpus;
import dev.playground.ui.common.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The collection settings form: pick the Markdown-headings splitter, a size, top k and an Ollama
 * embedding model through a saved connection, Apply, and the collection is re-chunked and re-embedded
 * in the background over the loopback server; bad values are explained and nothing is saved.
 */
@ExtendWith(ApplicationExtension.class)
class CollectionSettingsFlowTest {
    @TempDir Path temp;
    private OllamaWireServer ollama;
    private VirtualThreadTaskExecutor executor;
    private DocumentCollections collections;
    private DocumentsViewModel viewModel;
    private DocumentsView view;

    @Start
    void start(Stage stage) throws Exception {
        ollama = OllamaWireServer.start();
        ObservableList<Connection> connections = FXCollections.observableArrayList(
                new Connection("ollama-1", "Local Ollama", ProviderKind.OLLAMA, ollama.baseUrl(), "", "llama3.2"),
                new Connection("claude", "Claude", ProviderKind.ANTHROPIC, "", "ANTHROPIC_API_KEY", "claude-sonnet"));
        Embedders embedders = new Embedders(() -> {
            throw new AssertionError("the built-in model is not used here");
        }, "built-in", id -> connections.stream().filter(c -> c.id().equals(id)).findFirst(), c -> Optional.empty());
        collections = new DocumentCollections(temp.resolve("data"), embedders);
        // Start from a collection already embedded by Ollama, so no step needs the built-in model.
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        RetrievalCorpus.writeBadFiles(docs.resolve("bad"));
        var notes = collections.open("notes");
        notes.attach(new dev.playground.engine.retrieval.Source(docs, List.of()));
        notes.setEmbedding(new EmbeddingChoice("ollama-1", "nomic-embed-text"));
        notes.update(dev.playground.engine.retrieval.IndexProgress.NONE, new dev.playground.engine.retrieval.Cancellation());
        executor = new VirtualThreadTaskExecutor();
        I18n i18n = new I18n(Locale.ENGLISH);
        viewModel = new DocumentsViewModel(collections, executor, i18n, connections);
        view = new DocumentsView(viewModel, i18n);
        stage.setScene(new Scene(view.root(), 1100, 760));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        viewModel.close();
        executor.close();
        collections.close();
        ollama.close();
    }

    @Test
    void changing_splitter_size_top_k_and_model_re_indexes_in_the_background(FxRobot robot) throws Exception {
        TitledPane pane = robot.lookup("#collection-settings").queryAs(TitledPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.getText().contains("nomic-embed-text"));
        assertThat(pane.getText()).isEqualTo("Collection settings: Characters 800/100 · nomic-embed-text · Local Ollama · top 5");
        robot.interact(() -> pane.setExpanded(true));

        ComboBox<?> embedding = robot.lookup("#settings-embedding").queryAs(ComboBox.class);
        assertThat(embedding.getItems().toString()).contains("Built-in MiniLM (offline)", "Local Ollama").doesNotContain("Claude");
        assertThat(robot.lookup("#settings-model").queryAs(TextField.class).getText()).isEqualTo("nomic-embed-text");

        robot.clickOn("#settings-splitter").clickOn("Markdown headings");
        replace(robot, "#settings-size", "500");
        replace(robot, "#settings-topk", "3");
        replace(robot, "#settings-model", "bge-m3");
        CheckBox context = robot.lookup("#settings-context").queryAs(CheckBox.class);
        assertThat(context.isSelected()).isTrue();
        robot.clickOn("#settings-context");
        int requestsBefore = ollama.embeddingRequests().size();
        robot.clickOn("#settings-apply");

        Label status = robot.lookup("#documents-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().startsWith("Up to date"));
        CollectionSettings saved = collections.open("notes").settings();
        // Heading context off: the headings splitter still writes the path into each chunk's own text (below).
        assertThat(saved.chunking()).isEqualTo(new ChunkingSettings(ChunkingSettings.Unit.HEADINGS, 500, 100, false));
        assertThat(saved.embedding()).isEqualTo(new EmbeddingChoice("ollama-1", "bge-m3"));
        assertThat(saved.context().topK()).isEqualTo(3);
        assertThat(ollama.embeddingRequests().subList(requestsBefore, ollama.embeddingRequests().size()))
                .allSatisfy(r -> assertThat(r.path("model").asText()).isEqualTo("bge-m3"))
                .anySatisfy(r -> assertThat(r.path("input").toString()).contains("Keeping Honeybees: A Field Guide > Varroa mites\\n"));
        assertThat(collections.open("notes").stats().embeddedChunks()).isEqualTo(collections.open("notes").stats().chunks());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.getText().contains("Markdown headings 500/100 · bge-m3"));

        robot.clickOn("#documents-query").write("varroa mites").type(KeyCode.ENTER);
        ListView<?> results = robot.lookup("#documents-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        assertThat(results.getItems()).hasSize(3);
    }

    @Test
    void a_bad_value_is_explained_and_nothing_is_saved(FxRobot robot) throws Exception {
        TitledPane pane = robot.lookup("#collection-settings").queryAs(TitledPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.getText().contains("nomic-embed-text"));
        robot.interact(() -> pane.setExpanded(true));
        replace(robot, "#settings-minscore", "high");
        robot.clickOn("#settings-apply");
        Label problem = robot.lookup("#settings-problem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, problem::isVisible);
        assertThat(problem.getText()).contains("\"high\"");
        replace(robot, "#settings-minscore", "0.2");
        replace(robot, "#settings-format", "[{n}] {source}");
        robot.clickOn("#settings-apply");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> problem.getText().contains("{text}"));
        assertThat(collections.open("notes").settings().context()).isEqualTo(ContextDefaults.DEFAULTS);
    }

    @Test
    void a_skipped_file_shows_its_whole_reason_in_the_details(FxRobot robot) throws Exception {
        ListView<?> files = robot.lookup("#documents-files").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> files.getItems().size() == 17);
        int scanned = 0;
        for (int i = 0; i < files.getItems().size(); i++) {
            if (((DocumentsViewModel.FileRow) files.getItems().get(i)).name().equals("scanned.pdf")) scanned = i;
        }
        int index = scanned;
        robot.interact(() -> files.getSelectionModel().select(index));
        Label details = robot.lookup("#documents-file-details").queryAs(Label.class);
        assertThat(details.getText()).contains("scanned.pdf").contains("Skipped: no extractable text on any page: scanned images?")
                .contains(temp.resolve("docs/bad").toString());
        DocumentsViewModel.FileRow row = (DocumentsViewModel.FileRow) files.getItems().get(index);
        assertThat(details.getText()).contains(row.message());
    }

    private static void replace(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).tryQueryAs(TextField.class)
                .orElseGet(() -> robot.lookup(query).queryAs(javafx.scene.control.Spinner.class).getEditor());
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
    }
}

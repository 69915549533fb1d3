package dev.playground.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.context.SearchHit;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.OpenAiWireServer.Reply;
import dev.playground.testkit.RetrievalCorpus;
import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
 * Attach a folder of mixed files (with bad ones) to a collection, search it, then run a prompt whose
 * {{context}} comes from it against the loopback server, and follow the answer's citation to its chunk.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentsFlowTest {
    @TempDir static Path temp;
    private static OpenAiWireServer server;
    private static final LazyEmbedder EMBEDDER = new LazyEmbedder(() -> new MiniLmEmbedder(2));

    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private DocumentCollections collections;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        server = OpenAiWireServer.start();
        store = LocalStore.open(temp.resolve("data"));
        store.connections().saveAll(List.of(Connection.openAiCompatible("loopback", "Loopback server", server.baseUrl(), "", "test-model"),
                Connection.dryRun()));
        executor = new VirtualThreadTaskExecutor();
        collections = new DocumentCollections(temp.resolve("data"), EMBEDDER, MiniLmEmbedder.ID);
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)), new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester", collections);
        window = new MainWindow(stage, new MainViewModel(services, Locale.ENGLISH));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        executor.close();
        collections.close();
        store.close();
        server.close();
    }

    @Test
    void attach_search_run_with_context_and_follow_a_citation(FxRobot robot) throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        RetrievalCorpus.writeBadFiles(docs.resolve("bad"));

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().equals("Documents")).findFirst().orElseThrow()));
        robot.clickOn("#collection-box").write("study").type(KeyCode.ENTER);
        robot.interact(() -> window.view().documentsView().attach(List.of(docs)));

        Label status = robot.lookup("#documents-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> status.getText().startsWith("Up to date"));
        assertThat(status.getText()).isEqualTo("Up to date: 9 read, 0 unchanged, 8 skipped.");
        ListView<?> files = robot.lookup("#documents-files").queryAs(ListView.class);
        assertThat(files.getItems()).hasSize(17);
        assertThat(files.getItems().toString()).contains("the file is empty").contains("encrypted with a password");

        robot.clickOn("#documents-query").write("varroa mites treatment").type(KeyCode.ENTER);
        ListView<?> results = robot.lookup("#documents-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        assertThat(((SearchHit) results.getItems().getFirst()).fileName()).isEqualTo("beekeeping.md");
        assertThat(((SearchHit) results.getItems().getFirst()).matchedTerms()).contains("varroa");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".chunk-match").queryAll().isEmpty());

        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> window.view().playgroundView().sourcesViewModel().collectionProperty().set("study"));
        server.enqueue(Reply.streamWithDelays(0, 10, "Bees form a winter cluster", " and shiver [1].", " See also [2]."));
        robot.clickOn("#user-editor").write("Answer from these passages:\n{{context}}\n\nQuestion: How do honeybees stay warm in winter?");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        ListView<?> used = robot.lookup("#sources-used").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".citation-link").tryQuery().isPresent());
        assertThat(used.getItems()).hasSize(5);
        String sent = server.lastRequest().body().path("messages").get(0).path("content").asText();
        assertThat(sent).contains("[1] ").contains("shiver their flight muscles").doesNotContain("{{context}}");

        // The answer's links are rebuilt as the stream ends: act on one that is on screen now.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".citation-link").queryAll().stream()
                .anyMatch(n -> n.getScene() != null && ((Hyperlink) n).getText().contains("1")));
        Hyperlink citation = robot.lookup(".citation-link").queryAll().stream()
                .filter(n -> n.getScene() != null && ((Hyperlink) n).getText().contains("1"))
                .map(Hyperlink.class::cast).findFirst().orElseThrow();
        robot.interact(citation::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> used.getSelectionModel().getSelectedIndex() == 0);
        SearchHit first = (SearchHit) used.getItems().getFirst();
        assertThat(sent).contains("[1] " + first.fileName());
    }
}

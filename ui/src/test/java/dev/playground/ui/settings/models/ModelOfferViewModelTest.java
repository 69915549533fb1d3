package dev.playground.ui.settings.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.connections.ConnectionService;
import dev.playground.engine.local.MemoryCheck;
import dev.playground.engine.local.ModelDownload;
import dev.playground.engine.local.ModelKind;
import dev.playground.engine.local.ModelLibrary;
import dev.playground.engine.local.RecommendedModel;
import dev.playground.engine.local.testkit.ModelFileServer;
import dev.playground.engine.local.testkit.TinyChatModel;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.settings.models.ModelOfferViewModel.Stage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-launch offer: shown only while nothing but the dry run can answer, nothing downloads without a yes, "not now" is remembered. */
class ModelOfferViewModelTest {
    @TempDir Path dir;
    private LocalStore store;
    private ModelFileServer server;
    private RecommendedModel tiny;
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final List<String> selected = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        UiThread.standInOnThisThread();
        store = LocalStore.open(dir.resolve("data"));
        byte[] model = Files.readAllBytes(TinyChatModel.write(dir.resolve("src/tiny.gguf")));
        server = ModelFileServer.loopback().serve("/q/resolve/main/tiny.gguf", model);
        tiny = new RecommendedModel("tiny", "Tiny chat", ModelKind.CHAT, URI.create(server.url("/q/resolve/main/tiny.gguf")),
                "tiny-offered.gguf", model.length, "Apache 2.0");
    }

    @AfterEach
    void tearDown() {
        UiThread.endStandIn();
        server.close();
        store.close();
    }

    private ModelOfferViewModel offer() {
        ConnectionService service = new ConnectionService(store.connections(), new ModelGateway(new SecretResolver(Map.of()), List.of()));
        ModelLibrary library = new ModelLibrary(service, dir.resolve("data/models"), url -> Optional.empty(), new MemoryCheck(() -> 1L << 40),
                new ModelDownload());
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        ModelsViewModel models = new ModelsViewModel(library, connections, store.connections()::all, executor, System::nanoTime);
        return new ModelOfferViewModel(models, store.settings(), connections, executor, selected::add, tiny);
    }

    private void firstLaunchConnections() {
        List<Connection> first = List.of(Connection.dryRun(), Connection.openAiCompatible("custom", "OpenAI-compatible server",
                ProviderKind.OPENAI_COMPATIBLE.exampleBaseUrl(), "", ""));
        store.connections().saveAll(first);
        connections.setAll(first);
    }

    @Test
    void offered_with_only_the_dry_run_and_downloads_only_after_yes_then_selects_the_model() {
        firstLaunchConnections();
        ModelOfferViewModel offer = offer();
        offer.check();
        assertThat(offer.stageProperty().get()).isEqualTo(Stage.OFFERED);
        I18n english = new I18n(Locale.ENGLISH);
        assertThat(offer.text(english)).contains("Tiny chat").contains("Apache 2.0").contains("needs about");
        assertThat(offer.text(new I18n(Locale.forLanguageTag("es")))).contains("licencia Apache 2.0").contains("sin clave ni servidor");
        assertThat(server.requests).as("nothing downloads before the yes").isEmpty();

        offer.accept();
        assertThat(server.requests).hasSize(1);
        assertThat(offer.stageProperty().get()).isEqualTo(Stage.READY);
        assertThat(offer.text(english)).contains("local-tiny-offered");
        assertThat(connections).extracting(Connection::name).contains("local-tiny-offered");
        assertThat(selected).containsExactly(connections.stream().filter(c -> c.name().equals("local-tiny-offered")).findFirst().orElseThrow().id());
    }

    @Test
    void not_now_is_remembered() {
        firstLaunchConnections();
        ModelOfferViewModel offer = offer();
        offer.check();
        offer.decline();
        assertThat(offer.stageProperty().get()).isEqualTo(Stage.HIDDEN);
        assertThat(store.settings().get(ModelOfferViewModel.SETTING)).contains("declined");

        ModelOfferViewModel nextStart = offer();
        nextStart.check();
        assertThat(nextStart.stageProperty().get()).isEqualTo(Stage.HIDDEN);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void not_offered_when_a_connection_can_run_prompts_or_when_offline_and_hidden_when_one_appears() {
        connections.setAll(Connection.dryRun(), Connection.openAiCompatible("openai", "OpenAI", "https://api.openai.com/v1", "OPENAI_API_KEY", "gpt-4o-mini"));
        ModelOfferViewModel withKey = offer();
        withKey.check();
        assertThat(withKey.stageProperty().get()).isEqualTo(Stage.HIDDEN);

        firstLaunchConnections();
        store.settings().put("offline", "true");
        ModelOfferViewModel offline = offer();
        offline.check();
        assertThat(offline.stageProperty().get()).isEqualTo(Stage.HIDDEN);
        store.settings().put("offline", "false");

        ModelOfferViewModel offer = offer();
        offer.check();
        assertThat(offer.stageProperty().get()).isEqualTo(Stage.OFFERED);
        // Ollama answered a moment later: the offer goes away by itself.
        connections.add(new Connection("ollama", "Ollama (local)", ProviderKind.OLLAMA, "http://127.0.0.1:11434", "", "llama3.2"));
        assertThat(offer.stageProperty().get()).isEqualTo(Stage.HIDDEN);
    }
}

package dev.playground.ui.settings.models;

import dev.playground.engine.connections.ConnectionService;
import dev.playground.engine.local.MemoryCheck;
import dev.playground.engine.local.ModelDownload;
import dev.playground.engine.local.ModelLibrary;
import dev.playground.engine.local.testkit.ModelFileServer;
import dev.playground.engine.local.testkit.TinyChatModel;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.settings.SettingsView;
import dev.playground.ui.settings.SettingsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Settings > Models during a download, for screenshots under Xvfb (not a test): {@code ModelsShowcase LANG THEME}. A
 * loopback server serves a 40 MB model file slowly (about 2.5 MB/s), so the window shows the bar, the bytes, the speed
 * and the time left; a tiny generated model is already installed from disk.
 */
public final class ModelsShowcase {
    private ModelsShowcase() {}

    public static void main(String[] args) throws Exception {
        Locale locale = Locale.forLanguageTag(args[0]);
        Theme theme = Theme.parse(args[1]);
        Path data = Files.createTempDirectory("models-showcase");
        Path tiny = TinyChatModel.write(data.resolve("downloads/tiny-chat.gguf"));
        byte[] head = Files.readAllBytes(tiny);
        byte[] big = Arrays.copyOf(head, 40_000_000);
        ModelFileServer server = ModelFileServer.loopback().serve("/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf", big);
        server.throttle(256 * 1024, 100);

        LocalStore store = LocalStore.open(data.resolve("data"));
        store.connections().saveAll(List.of(Connection.dryRun()));
        TokenCounter tokens = new TokenCounter();
        VirtualThreadTaskExecutor executor = new VirtualThreadTaskExecutor();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        ModelLibrary library = new ModelLibrary(new ConnectionService(store.connections(), gateway), data.resolve("data/models"),
                url -> Optional.empty(), MemoryCheck.system(), new ModelDownload());
        library.add(tiny);
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "showcase").withModelLibrary(library);
        SettingsViewModel settings = new SettingsViewModel(services, FXCollections.observableArrayList(store.connections().all()));
        settings.selectedTabProperty().set("models-tab");
        ModelsViewModel models = settings.modelsTab();
        Platform.startup(() -> {
            Stage stage = new Stage();
            I18n i18n = new I18n(locale);
            stage.setTitle(i18n.text("settings.title"));
            Scene scene = new Scene(new SettingsView(settings, i18n, stage::hide).root(), 1000, 780);
            theme.apply(scene);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            models.urlProperty().set(server.url("/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf"));
            models.download();
        });
    }
}

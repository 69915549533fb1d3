package dev.playground.ui.library;

import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import dev.playground.ui.main.UiServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens the import dialog on a folder for screenshots under Xvfb (not a test): {@code ImportShowcase LANG THEME FOLDER},
 * with an empty library in a temporary data folder, so each file's notes show grouped by what happened to them.
 */
public final class ImportShowcase {
    private ImportShowcase() {}

    public static void main(String[] args) throws Exception {
        Locale locale = Locale.forLanguageTag(args[0]);
        Theme theme = Theme.parse(args[1]);
        Path folder = Path.of(args[2]);
        LocalStore store = LocalStore.open(Files.createTempDirectory("import-showcase"));
        UiServices services = new UiServices(store, null, null, null, new VirtualThreadTaskExecutor(), "showcase");
        BundleImportViewModel importing = new BundleImportViewModel(services, () -> { });
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new BundleImportView(importing, new I18n(locale)).root(), 1100, 820);
            theme.apply(scene);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            importing.read(folder);
        });
    }
}

package dev.playground.ui.settings;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import dev.playground.ui.settings.connections.ConnectionsView;
import dev.playground.ui.settings.prices.PricesView;
import dev.playground.ui.settings.prices.PricesViewModel;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The settings window's content: one tab per {@link SettingsTab} in {@link #TABS}, and a Close button. */
public final class SettingsView {
    /** The tabs, in order. To add one, add a line here (its view model comes from {@link SettingsViewModel}). */
    static final List<SettingsTab> TABS = List.of(
            new SettingsTab("connections-tab", "settings.tab.connections", (settings, i18n) ->
                    new ConnectionsView(settings.connectionsTab(), i18n).root()),
            new SettingsTab("models-tab", "models.tab", (settings, i18n) ->
                    new dev.playground.ui.settings.models.ModelsView(settings.modelsTab(), i18n).root()),
            new SettingsTab("prices-tab", "prices.tab", (settings, i18n) -> {
                PricesViewModel prices = settings.pricesTab(i18n);
                prices.setI18n(i18n);
                return new PricesView(prices, i18n).root();
            }),
            new SettingsTab("mcp-tab", "mcp.tab", (settings, i18n) ->
                    new dev.playground.ui.settings.mcp.McpServersView(settings.mcpTab(i18n), i18n).root()),
            new SettingsTab("appearance-tab", "appearance.tab", (settings, i18n) ->
                    new dev.playground.ui.settings.appearance.AppearanceView(settings.appearanceTab(), i18n).root()));

    private final SettingsViewModel viewModel;
    private final I18n i18n;
    private final Runnable onClose;
    private final Parent root;

    @FXML private TabPane tabs;

    public SettingsView(SettingsViewModel viewModel, I18n i18n, Runnable onClose) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.onClose = onClose;
        this.root = ViewLoader.load(this, "Settings.fxml", i18n);
        root.getStylesheets().add(SettingsView.class.getResource("settings.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        for (SettingsTab each : TABS) {
            Tab tab = new Tab(i18n.text(each.titleKey()), each.content().apply(viewModel, i18n));
            tab.setId(each.id());
            tabs.getTabs().add(tab);
            if (each.id().equals(viewModel.selectedTabProperty().get())) tabs.getSelectionModel().select(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) viewModel.selectedTabProperty().set(now.getId());
        });
        // Asked from elsewhere (the first-launch offer's "Show in Settings"): follow.
        dev.playground.ui.common.ViewListeners.of(tabs).onChange(viewModel.selectedTabProperty(), (obs, old, now) -> select(now));
    }

    /** Shows the tab with this id, if there is one. */
    void select(String tabId) {
        tabs.getTabs().stream().filter(t -> t.getId().equals(tabId)).findFirst().ifPresent(tabs.getSelectionModel()::select);
    }

    @FXML
    private void onClose() {
        onClose.run();
    }
}

package dev.playground.ui.settings;

import dev.playground.engine.model.Connection;
import dev.playground.ui.common.I18n;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.settings.connections.ConnectionsViewModel;
import dev.playground.ui.settings.prices.PricesViewModel;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * What the settings tabs share: the connections the pickers show (edits appear there at once) and
 * each tab's own view model, built here from the services the app handed over and kept while the
 * app runs, so nothing typed is lost when the window is closed or rebuilt in another language.
 */
public final class SettingsViewModel {
    private final UiServices services;
    private final ObservableList<Connection> connections;
    private final Map<String, Object> tabModels = new HashMap<>();
    private final StringProperty selectedTab = new SimpleStringProperty(this, "selectedTab", "");

    private final javafx.beans.property.DoubleProperty textScale;

    public SettingsViewModel(UiServices services, ObservableList<Connection> connections) {
        this(services, connections, new javafx.beans.property.SimpleDoubleProperty(Double.NaN));
    }

    /** {@code textScale}: the text size the windows follow (NaN: the environment's), which Appearance changes. */
    public SettingsViewModel(UiServices services, ObservableList<Connection> connections, javafx.beans.property.DoubleProperty textScale) {
        this.services = services;
        this.connections = connections;
        this.textScale = textScale;
    }

    /** Settings > Appearance (the text size). */
    public dev.playground.ui.settings.appearance.AppearanceViewModel appearanceTab() {
        return tabModel("appearance", () -> new dev.playground.ui.settings.appearance.AppearanceViewModel(textScale,
                dev.playground.ui.common.Theme.environmentFontScale(), services.settings(), services.executor()));
    }

    /** The live list behind the Playground and Compare connection pickers. */
    public ObservableList<Connection> connections() {
        return connections;
    }

    public ConnectionsViewModel connectionsTab() {
        return tabModel("connections", () -> new ConnectionsViewModel(connections, services.connectionRepository(), services.gateway(),
                services.executor()));
    }

    public PricesViewModel pricesTab(I18n i18n) {
        return tabModel("prices", () -> new PricesViewModel(services.prices(), services.executor(), i18n));
    }

    /** Settings > Models (also behind the first-launch offer, which starts its downloads). */
    public dev.playground.ui.settings.models.ModelsViewModel modelsTab() {
        return tabModel("models", () -> new dev.playground.ui.settings.models.ModelsViewModel(services.modelLibrary(), connections,
                services.connectionRepository()::all, services.executor(), System::nanoTime));
    }

    /** Settings › MCP servers (the same servers {@code playground mcp} keeps). */
    public dev.playground.ui.settings.mcp.McpServersViewModel mcpTab(I18n i18n) {
        dev.playground.ui.settings.mcp.McpServersViewModel mcp = tabModel("mcp", () -> new dev.playground.ui.settings.mcp.McpServersViewModel(
                new dev.playground.ui.tools.McpCatalog(services.mcpServers(), services.gateway().secrets()), services.executor(), i18n));
        mcp.setI18n(i18n);
        return mcp;
    }

    @SuppressWarnings("unchecked")
    private <T> T tabModel(String id, Supplier<T> create) {
        return (T) tabModels.computeIfAbsent(id, key -> create.get());
    }

    /** The id of the tab last shown, so the window reopens where the person left it. */
    public StringProperty selectedTabProperty() {
        return selectedTab;
    }
}

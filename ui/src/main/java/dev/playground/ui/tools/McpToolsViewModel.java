package dev.playground.ui.tools;

import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Add tools from MCP server": the saved servers, the tools of the one chosen (connected to on the task executor),
 * each with a tick, and what happened in plain words.
 */
public final class McpToolsViewModel {
    /** One tool the server offers and whether the person wants it. */
    public record Offered(ToolDefinition tool, BooleanProperty chosen) {
        Offered(ToolDefinition tool) {
            this(tool, new SimpleBooleanProperty(true));
        }
    }

    private final McpCatalog catalog;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<McpServerConfig> servers = FXCollections.observableArrayList();
    private final ObjectProperty<McpServerConfig> server = new SimpleObjectProperty<>(this, "server");
    private final ObservableList<Offered> tools = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    McpToolsViewModel(McpCatalog catalog, TaskExecutor executor, I18n i18n) {
        this.catalog = catalog;
        this.executor = executor;
        this.i18n = i18n;
        server.addListener((obs, old, now) -> tools.clear());
    }

    /** Reads the saved servers; the first is chosen. */
    public CompletableFuture<List<McpServerConfig>> load() {
        busy.set(true);
        return executor.submit(catalog::all).whenComplete((all, failure) -> UiThread.run(() -> {
            busy.set(false);
            if (failure != null) {
                status.set(i18n.text("tools.mcp.storeFailed"));
                return;
            }
            servers.setAll(all);
            if (!all.isEmpty()) server.set(all.get(0));
            status.set(all.isEmpty() ? i18n.text("tools.mcp.none") : "");
        }));
    }

    /** Connects to the chosen server and lists its tools (all ticked). */
    public CompletableFuture<List<ToolDefinition>> list() {
        McpServerConfig chosen = server.get();
        if (chosen == null) return CompletableFuture.completedFuture(List.of());
        busy.set(true);
        tools.clear();
        status.set(i18n.text("tools.mcp.listing", chosen.name()));
        return executor.submit(() -> catalog.tools(chosen)).whenComplete((found, failure) -> UiThread.run(() -> {
            busy.set(false);
            if (chosen != server.get()) return;
            if (failure != null) {
                status.set(McpWords.failure(chosen, i18n));
                return;
            }
            tools.setAll(found.stream().map(Offered::new).toList());
            status.set(i18n.text("tools.mcp.listed", found.size(), chosen.name()));
        }));
    }

    /** The ticked tools. */
    public List<ToolDefinition> chosen() {
        return tools.stream().filter(o -> o.chosen().get()).map(Offered::tool).toList();
    }

    public ObservableList<McpServerConfig> servers() { return servers; }
    public ObjectProperty<McpServerConfig> serverProperty() { return server; }
    public ObservableList<Offered> tools() { return tools; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}

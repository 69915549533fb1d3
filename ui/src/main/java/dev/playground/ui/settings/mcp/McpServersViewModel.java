package dev.playground.ui.settings.mcp;

import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.tools.McpCatalog;
import dev.playground.ui.tools.McpWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings › MCP servers: the servers {@code playground mcp} also lists; a form to add or change one (a command over
 * standard input/output, or a URL over streamable HTTP with headers whose values go to the keychain), a test that
 * connects and lists its tools, and removal. Store and server work runs on the task executor.
 */
public final class McpServersViewModel {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9-]{1,100}");

    /** One header: its name (kept in the store) and a value typed now (to the keychain; blank keeps the saved one). */
    public record Header(StringProperty name, StringProperty value) {
        public Header() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""));
        }
    }

    private final McpCatalog catalog;
    private final TaskExecutor executor;
    private I18n i18n;
    private final ObservableList<McpServerConfig> servers = FXCollections.observableArrayList();
    private final ObjectProperty<McpServerConfig> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<McpServerConfig.Transport> transport = new SimpleObjectProperty<>(this, "transport", McpServerConfig.Transport.STDIO);
    private final StringProperty command = new SimpleStringProperty(this, "command", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ObservableList<Header> headers = FXCollections.observableArrayList();
    private final ObservableList<ToolDefinition> tools = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public McpServersViewModel(McpCatalog catalog, TaskExecutor executor, I18n i18n) {
        this.catalog = catalog;
        this.executor = executor;
        this.i18n = i18n;
        selected.addListener((obs, old, now) -> {
            if (now != null) edit(now);
        });
    }

    public void setI18n(I18n i18n) {
        this.i18n = i18n;
    }

    /** Reads the saved servers. */
    public CompletableFuture<List<McpServerConfig>> load() {
        return executor.submit(catalog::all).whenComplete((all, failure) -> UiThread.run(() -> {
            if (failure != null) tell(i18n.text("tools.mcp.storeFailed"), true);
            else servers.setAll(all);
        }));
    }

    /** An empty form for a new server. */
    public void startNew() {
        selected.set(null);
        name.set("");
        transport.set(McpServerConfig.Transport.STDIO);
        command.set("");
        url.set("");
        headers.clear();
        tools.clear();
        tell("", false);
    }

    private void edit(McpServerConfig server) {
        name.set(server.name());
        transport.set(server.transport());
        command.set(String.join(" ", server.command().stream().map(w -> w.contains(" ") ? "\"" + w + "\"" : w).toList()));
        url.set(server.url());
        headers.setAll(server.headerNames().stream().map(h -> new Header(new SimpleStringProperty(h), new SimpleStringProperty(""))).toList());
        tools.clear();
        tell("", false);
    }

    public void addHeader() {
        headers.add(new Header());
    }

    /** The form as a server, or empty with what is wrong said in the status line. */
    private java.util.Optional<McpServerConfig> formServer() {
        List<String> problems = new ArrayList<>();
        String typedName = name.get().strip();
        if (!NAME.matcher(typedName).matches()) problems.add(i18n.text("mcp.problem.name"));
        List<String> headerNames = headers.stream().map(h -> h.name().get().strip()).filter(h -> !h.isEmpty()).toList();
        McpServerConfig server;
        if (transport.get() == McpServerConfig.Transport.STDIO) {
            List<String> words = CommandWords.split(command.get());
            if (words.isEmpty()) problems.add(i18n.text("mcp.problem.command"));
            server = McpServerConfig.stdio(typedName, words);
        } else {
            server = McpServerConfig.http(typedName, url.get(), headerNames);
            if (server.problems().stream().anyMatch(p -> p.contains("URL"))) problems.add(i18n.text("mcp.problem.url"));
            for (String header : headerNames) if (!HEADER.matcher(header).matches()) problems.add(i18n.text("mcp.problem.header", header));
        }
        if (!problems.isEmpty()) {
            tell(String.join(" ", problems), true);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(server);
    }

    /** Saves the form (header values typed now go to the keychain); completes with the saved server, or null. */
    public CompletableFuture<McpServerConfig> save() {
        var server = formServer();
        if (server.isEmpty()) return CompletableFuture.completedFuture(null);
        Map<String, String> values = new LinkedHashMap<>();
        if (server.get().transport() == McpServerConfig.Transport.HTTP) {
            headers.stream().filter(h -> !h.name().get().isBlank() && !h.value().get().isBlank())
                    .forEach(h -> values.put(h.name().get().strip(), h.value().get()));
        }
        busy.set(true);
        return executor.submit(() -> {
            catalog.save(server.get(), values);
            return catalog.all();
        }).handle((all, failure) -> {
            UiThread.run(() -> {
                busy.set(false);
                if (failure != null) {
                    tell(i18n.text("mcp.saveFailed", server.get().name()), true);
                    return;
                }
                headers.forEach(h -> h.value().set(""));
                servers.setAll(all);
                tell(i18n.text("mcp.saved", server.get().name()), false);
            });
            return failure == null ? server.get() : null;
        });
    }

    /** Connects to the server in the form and lists its tools. */
    public CompletableFuture<List<ToolDefinition>> test() {
        var server = formServer();
        if (server.isEmpty()) return CompletableFuture.completedFuture(List.of());
        busy.set(true);
        tools.clear();
        tell(i18n.text("tools.mcp.listing", server.get().name()), false);
        return executor.submit(() -> catalog.tools(server.get())).handle((found, failure) -> {
            UiThread.run(() -> {
                busy.set(false);
                if (failure != null) {
                    tell(McpWords.failure(server.get(), i18n), true);
                    return;
                }
                tools.setAll(found);
                tell(i18n.text("tools.mcp.listed", found.size(), server.get().name()), false);
            });
            return failure == null ? found : List.<ToolDefinition>of();
        });
    }

    /** Forgets the selected server and its header values. */
    public CompletableFuture<Void> remove() {
        McpServerConfig server = selected.get();
        if (server == null) return CompletableFuture.completedFuture(null);
        return executor.submit(() -> {
            catalog.remove(server.name());
            return catalog.all();
        }).handle((all, failure) -> {
            UiThread.run(() -> {
                if (failure != null) {
                    tell(i18n.text("mcp.removeFailed", server.name()), true);
                    return;
                }
                servers.setAll(all);
                startNew();
                tell(i18n.text("mcp.removed", server.name()), false);
            });
            return null;
        });
    }

    private void tell(String text, boolean problem) {
        status.set(text);
        failed.set(problem);
    }

    public ObservableList<McpServerConfig> servers() { return servers; }
    public ObjectProperty<McpServerConfig> selectedProperty() { return selected; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<McpServerConfig.Transport> transportProperty() { return transport; }
    public StringProperty commandProperty() { return command; }
    public StringProperty urlProperty() { return url; }
    public ObservableList<Header> headers() { return headers; }
    public ObservableList<ToolDefinition> tools() { return tools; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}

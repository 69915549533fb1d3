package dev.playground.ui.common;

import dev.playground.engine.model.Connection;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models a connection offers, for the model pickers: its default model first, then what its server
 * lists (asked once per address, off the FX thread). A server that cannot be asked offers the default
 * only; typing another name stays possible.
 */
public final class ModelCatalog {
    private final ModelGateway gateway;
    private final TaskExecutor executor;
    private final Map<String, List<String>> listed = new ConcurrentHashMap<>();

    public ModelCatalog(ModelGateway gateway, TaskExecutor executor) {
        this.gateway = gateway;
        this.executor = executor;
    }

    /** What is known now, without asking the server: the default model and any earlier answer. */
    public List<String> known(Connection connection) {
        return merge(connection, listed.getOrDefault(key(connection), List.of()));
    }

    /** Asks the server (once per address); completes with the default model and the listed ones. */
    public CompletableFuture<List<String>> models(Connection connection) {
        if (connection == null) return CompletableFuture.completedFuture(List.of());
        List<String> cached = listed.get(key(connection));
        if (cached != null || gateway == null) return CompletableFuture.completedFuture(known(connection));
        return executor.submit(() -> gateway.testConnection(connection).models())
                .handle((models, failure) -> {
                    if (failure != null || models == null) return known(connection);
                    listed.put(key(connection), List.copyOf(models));
                    return merge(connection, models);
                });
    }

    private static List<String> merge(Connection connection, List<String> models) {
        List<String> all = new ArrayList<>();
        if (connection == null) return all;
        if (!connection.defaultModel().isBlank()) all.add(connection.defaultModel());
        for (String model : models) if (!all.contains(model)) all.add(model);
        return all;
    }

    private static String key(Connection connection) {
        return connection.id() + "|" + connection.kind() + "|" + connection.baseUrl();
    }
}

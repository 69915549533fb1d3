package dev.playground.engine.connections;

import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.ModelGateway.ConnectionCheck;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The saved connections as both faces see them: the same list as Settings > Connections, each with
 * its policy (timeouts, retries, limits) applied to the gateway and its key in the secret store
 * (keychain or encrypted file), never in the database and never shown back.
 */
public final class ConnectionService {
    private final SavedConnections saved;
    private final ModelGateway gateway;

    public ConnectionService(SavedConnections saved, ModelGateway gateway) {
        this.saved = saved;
        this.gateway = gateway;
    }

    public List<Connection> all() {
        return saved.all();
    }

    /** The saved connection with this name (any case) or id, its policy now in force for calls through the gateway. */
    public Connection use(String nameOrId) {
        Connection connection = find(nameOrId).orElseThrow(() -> new ConnectionProblem("There is no saved connection '" + nameOrId
                + "'. Saved: " + names() + ". Add one with 'playground connections add' or in Settings > Connections."));
        GatewayPolicy policy = saved.policies().get(connection.id());
        if (policy != null) gateway.setPolicy(connection.id(), policy);
        gateway.setGuardPolicy(connection.id(), guardPolicy(connection));
        return connection;
    }

    public Optional<Connection> find(String nameOrId) {
        List<Connection> list = saved.all();
        return list.stream().filter(c -> c.name().equalsIgnoreCase(nameOrId.strip())).findFirst()
                .or(() -> list.stream().filter(c -> c.id().equals(nameOrId.strip())).findFirst());
    }

    /**
     * Saves a new connection under {@code name}; a non-blank {@code key} goes to the secret store. The
     * connection's id is derived from the name, as Settings derives it.
     */
    public Connection add(String name, ProviderKind kind, String baseUrl, String apiKeyEnv, String model, String key) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) throw new ConnectionProblem("Give the connection a name.");
        if (find(trimmed).isPresent()) throw new ConnectionProblem("A connection named '" + trimmed + "' already exists; remove it first or pick another name.");
        String url = baseUrl == null ? "" : baseUrl.strip();
        if (url.isEmpty() && kind.baseUrlRequired()) {
            throw new ConnectionProblem("A " + kind.cliName() + " connection needs --base-url (for example " + kind.exampleBaseUrl() + ").");
        }
        if (!url.isEmpty() && kind != ProviderKind.DATABRICKS && !isHttpUrl(url)) {
            throw new ConnectionProblem("'" + url + "' is not an http:// or https:// address.");
        }
        String env = apiKeyEnv == null ? "" : apiKeyEnv.strip();
        if (!env.isEmpty() && !env.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ConnectionProblem("'" + env + "' is not an environment variable name (letters, digits and _).");
        }
        Connection connection = new Connection(newId(trimmed), trimmed, kind, url, env, model);
        List<Connection> updated = new ArrayList<>(saved.all());
        updated.add(connection);
        if (key != null && !key.isBlank()) gateway.secrets().store(connection.id(), key.strip());
        saved.saveAll(updated);
        return connection;
    }

    /** Removes the connection, its policy and its stored key. */
    public Connection remove(String nameOrId) {
        Connection connection = find(nameOrId).orElseThrow(() -> new ConnectionProblem("There is no saved connection '" + nameOrId + "'. Saved: " + names() + "."));
        List<Connection> kept = new ArrayList<>(saved.all());
        kept.removeIf(c -> c.id().equals(connection.id()));
        saved.saveAll(kept);
        Map<String, GatewayPolicy> policies = new LinkedHashMap<>(saved.policies());
        if (policies.remove(connection.id()) != null) saved.savePolicies(policies);
        Map<String, GuardPolicy> guards = new LinkedHashMap<>(saved.guardPolicies());
        if (guards.remove(connection.id()) != null) saved.saveGuardPolicies(guards);
        if (gateway.secrets().hasStoredKey(connection.id())) gateway.secrets().store(connection.id(), null);
        return connection;
    }

    /** "Test connection": the models the server lists and how long that took; a failure's message never shows a key. */
    public ConnectionCheck test(Connection connection) {
        try {
            return gateway.testConnection(connection);
        } catch (ProviderException e) {
            throw new ProviderException(e.kind(), e.httpStatus(), gateway.secrets().redact(e.getMessage()), null);
        }
    }

    /** "the system keychain" or "encrypted file ...": where stored keys live on this machine. */
    public String keyStoreDescription() {
        return gateway.secrets().storeDescription().orElse("no key store");
    }

    public KeySource keySource(Connection connection) {
        if (!connection.apiKeyEnv().isEmpty() && gateway.secrets().hasEnvironmentVariable(connection.apiKeyEnv())) return KeySource.ENVIRONMENT;
        return gateway.secrets().hasStoredKey(connection.id()) ? KeySource.STORED : KeySource.NONE;
    }

    public GatewayPolicy policy(Connection connection) {
        return saved.policies().getOrDefault(connection.id(), GatewayPolicy.DEFAULT);
    }

    /** The connection's saved guardrails; {@link GuardPolicy#NONE} when it has none. */
    public GuardPolicy guardPolicy(Connection connection) {
        return saved.guardPolicies().getOrDefault(connection.id(), GuardPolicy.NONE);
    }

    /** Saves the connection's guardrails (none removes them) and puts them in force for its calls. */
    public void setGuardPolicy(Connection connection, GuardPolicy policy) {
        Map<String, GuardPolicy> guards = new LinkedHashMap<>(saved.guardPolicies());
        if (policy == null || policy.isEmpty()) guards.remove(connection.id());
        else guards.put(connection.id(), policy);
        saved.saveGuardPolicies(guards);
        gateway.setGuardPolicy(connection.id(), policy);
    }

    /** An id from the name ("My vLLM" → "my-vllm"), numbered when taken. */
    public String newId(String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty()) base = "connection";
        List<Connection> list = saved.all();
        String id = base;
        for (int n = 2; idTaken(list, id); n++) id = base + "-" + n;
        return id;
    }

    private static boolean idTaken(List<Connection> list, String id) {
        return list.stream().anyMatch(c -> c.id().equals(id));
    }

    private String names() {
        List<String> names = saved.all().stream().map(Connection::name).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

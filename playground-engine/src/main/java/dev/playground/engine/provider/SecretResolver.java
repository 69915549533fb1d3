package dev.playground.engine.provider;

import dev.playground.engine.model.Connection;
import dev.playground.engine.secrets.SecretStore;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the API key for a connection: a key typed for this session, then the environment variable
 * the connection names, then the key stored for the connection in the keychain (or encrypted file).
 * The store comes last so a set variable never waits on a keychain.
 * Every key it hands out is remembered in memory so {@link #redact} can mask it.
 */
public class SecretResolver {
    private static final String STORE_PREFIX = "connection:";

    private final Map<String, String> environment;
    private final SecretStore store;
    private final Map<String, String> sessionKeys = new ConcurrentHashMap<>();
    private final Set<String> keysSeen = ConcurrentHashMap.newKeySet();

    public SecretResolver(Map<String, String> environment) {
        this(environment, null);
    }

    /** {@code store} may be null: then only session keys and environment variables are used. */
    public SecretResolver(Map<String, String> environment, SecretStore store) {
        this.environment = Map.copyOf(environment);
        this.store = store;
    }

    public static SecretResolver fromSystemEnvironment() {
        return new SecretResolver(System.getenv());
    }

    public void rememberForSession(String connectionId, String key) {
        if (key == null || key.isBlank()) sessionKeys.remove(connectionId);
        else sessionKeys.put(connectionId, seen(key.trim()));
    }

    /** Saves a key for the connection in the secret store (never in H2); a blank key removes it. */
    public void store(String connectionId, String key) {
        if (store == null) throw new IllegalStateException("No secret store configured");
        if (key == null || key.isBlank()) store.delete(STORE_PREFIX + connectionId);
        else store.put(STORE_PREFIX + connectionId, seen(key.trim()));
    }

    /** Saves another secret (an MCP server's header value) under {@code account} in the secret store; blank removes it. */
    public void storeSecret(String account, String value) {
        if (store == null) throw new IllegalStateException("No secret store configured");
        if (value == null || value.isBlank()) store.delete(account);
        else store.put(account, seen(value.trim()));
    }

    /** A secret saved with {@link #storeSecret}; it is redacted from messages from now on. */
    public Optional<String> secret(String account) {
        return store == null ? Optional.empty() : store.get(account).map(this::seen);
    }

    public boolean hasStoredKey(String connectionId) {
        return store != null && store.get(STORE_PREFIX + connectionId).isPresent();
    }

    public Optional<String> storeDescription() {
        return Optional.ofNullable(store).map(SecretStore::description);
    }

    public Optional<String> apiKey(Connection connection) {
        String typed = sessionKeys.get(connection.id());
        if (typed != null) return Optional.of(typed);
        if (!connection.apiKeyEnv().isEmpty()) {
            Optional<String> fromEnvironment = Optional.ofNullable(environment.get(connection.apiKeyEnv())).filter(k -> !k.isBlank());
            if (fromEnvironment.isPresent()) return fromEnvironment.map(this::seen);
        }
        if (store == null) return Optional.empty();
        return store.get(STORE_PREFIX + connection.id()).map(this::seen);
    }

    public boolean hasEnvironmentVariable(String name) {
        String value = environment.get(name);
        return value != null && !value.isBlank();
    }

    /** Replaces every known key in {@code text} so it can be shown or logged safely. */
    public String redact(String text) {
        if (text == null) return "";
        String result = Redaction.redactKnownShapes(text);
        for (String key : keysSeen) result = Redaction.redact(result, key);
        for (String key : sessionKeys.values()) result = Redaction.redact(result, key);
        for (String key : environment.values()) {
            if (key != null && key.length() >= 16 && result.contains(key)) result = Redaction.redact(result, key);
        }
        return result;
    }

    private String seen(String key) {
        keysSeen.add(key);
        return key;
    }
}

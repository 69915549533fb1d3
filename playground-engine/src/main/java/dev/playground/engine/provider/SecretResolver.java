package dev.playground.engine.provider;

import dev.playground.engine.model.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the API key for a connection: a key the user entered this session first, then the
 * environment variable the connection names. Keys are held only in memory here.
 */
public class SecretResolver {
    private final Map<String, String> environment;
    private final Map<String, String> sessionKeys = new ConcurrentHashMap<>();

    public SecretResolver(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static SecretResolver fromSystemEnvironment() {
        return new SecretResolver(System.getenv());
    }

    public void rememberForSession(String connectionId, String key) {
        if (key == null || key.isBlank()) sessionKeys.remove(connectionId);
        else sessionKeys.put(connectionId, key.trim());
    }

    public Optional<String> apiKey(Connection connection) {
        String typed = sessionKeys.get(connection.id());
        if (typed != null) return Optional.of(typed);
        if (connection.apiKeyEnv().isEmpty()) return Optional.empty();
        return Optional.ofNullable(environment.get(connection.apiKeyEnv())).filter(k -> !k.isBlank());
    }

    public boolean hasEnvironmentVariable(String name) {
        String value = environment.get(name);
        return value != null && !value.isBlank();
    }

    /** Replaces every known key in {@code text} so it can be shown or logged safely. */
    public String redact(String text) {
        if (text == null) return "";
        String result = text;
        for (String key : sessionKeys.values()) result = Redaction.redact(result, key);
        for (String key : environment.values()) {
            if (key != null && key.length() >= 16 && result.contains(key)) result = Redaction.redact(result, key);
        }
        return result;
    }
}

package dev.playground.store;

import java.util.Optional;

/** Small preferences as text. Never a secret: keys go through the engine's secret store. */
public interface SettingsRepository {
    Optional<String> get(String key);

    void put(String key, String value);
}

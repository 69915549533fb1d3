package dev.playground.engine.secrets;

import java.util.Optional;

/** Somewhere outside the H2 store that keeps API keys: the OS keychain or an encrypted file. */
public interface SecretStore {
    Optional<String> get(String name);

    void put(String name, String secret);

    void delete(String name);

    /** Where keys go, in words a person understands (shown in Settings). */
    String description();
}

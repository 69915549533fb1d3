package dev.playground.engine.connections;

/** Where a connection's key will come from, in the order the gateway looks; never the key itself. */
public enum KeySource {
    /** The environment variable the connection names is set. */
    ENVIRONMENT,
    /** A key saved for the connection in the keychain or the encrypted key file. */
    STORED,
    /** No key: fine for local servers, a failed call for hosted providers. */
    NONE;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

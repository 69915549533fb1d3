package dev.playground.engine.mcp;

import java.util.List;
import java.util.Optional;

/** The MCP servers the person connected, kept in the store (their header values are in the keychain, not here). */
public interface McpServers {
    List<McpServerConfig> all();

    default Optional<McpServerConfig> find(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Saves a new server or replaces the one of the same name. */
    void save(McpServerConfig server);

    /** False when there was no server of that name. */
    boolean remove(String name);
}

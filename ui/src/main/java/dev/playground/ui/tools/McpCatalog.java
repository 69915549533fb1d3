package dev.playground.ui.tools;

import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.engine.mcp.McpServers;
import dev.playground.engine.mcp.McpSession;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.provider.SecretResolver;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MCP servers the person connected, as {@code playground mcp} keeps them (the same store table and keychain
 * accounts): list, save with header values (to the keychain, never the store), remove, and connect to list a
 * server's tools. Every method blocks: call it on the task executor.
 */
public final class McpCatalog {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final McpServers servers;
    private final SecretResolver secrets;
    private final Duration timeout;

    public McpCatalog(McpServers servers, SecretResolver secrets) {
        this(servers, secrets, TIMEOUT);
    }

    /** {@code timeout}: how long a server may take to start and answer. */
    McpCatalog(McpServers servers, SecretResolver secrets, Duration timeout) {
        this.servers = servers;
        this.secrets = secrets;
        this.timeout = timeout;
    }

    public List<McpServerConfig> all() {
        return servers.all();
    }

    /** Saves {@code server}; each header value goes to the keychain under the server's account for it. */
    public void save(McpServerConfig server, Map<String, String> headerValues) {
        headerValues.forEach((header, value) -> secrets.storeSecret(server.secretAccount(header), value));
        servers.save(server);
    }

    /** Forgets the server and the header values kept for it. */
    public void remove(String name) {
        servers.find(name).ifPresent(server -> server.headerNames().forEach(h -> secrets.storeSecret(server.secretAccount(h), null)));
        servers.remove(name);
    }

    /** Starts or reaches the server, lists its tools and lets it go. @throws dev.playground.engine.mcp.McpException */
    public List<ToolDefinition> tools(McpServerConfig server) {
        try (McpSession session = McpSession.open(server, headers(server), timeout)) {
            return session.tools();
        }
    }

    private Map<String, String> headers(McpServerConfig server) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header : server.headerNames()) secrets.secret(server.secretAccount(header)).ifPresent(v -> headers.put(header, v));
        return headers;
    }
}

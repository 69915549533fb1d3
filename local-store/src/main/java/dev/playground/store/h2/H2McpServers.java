package dev.playground.store.h2;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.engine.mcp.McpServers;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** MCP servers in {@code mcp_server} (V54): the command line or URL and the header names, never their values. */
public final class H2McpServers implements McpServers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Jdbc jdbc;

    public H2McpServers(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<McpServerConfig> all() {
        return jdbc.read("list the MCP servers", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name, transport, command_json, url, header_names_json FROM mcp_server ORDER BY name");
                 ResultSet rs = query.executeQuery()) {
                List<McpServerConfig> servers = new ArrayList<>();
                while (rs.next()) {
                    servers.add(new McpServerConfig(rs.getString(1), McpServerConfig.Transport.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
                            list(rs.getString(3)), rs.getString(4), list(rs.getString(5))));
                }
                return servers;
            }
        });
    }

    @Override
    public void save(McpServerConfig server) {
        jdbc.inTransaction("save the MCP server " + server.name(), connection -> {
            try (PreparedStatement merge = connection.prepareStatement(Dialect.of(connection).upsert("mcp_server", "name",
                    "name, transport, command_json, url, header_names_json, created_at", "?, ?, ?, ?, ?, ?"))) {
                merge.setString(1, server.name());
                merge.setString(2, server.transport().word());
                merge.setString(3, json(server.command()));
                merge.setString(4, server.url());
                merge.setString(5, json(server.headerNames()));
                merge.setObject(6, Instant.now().atOffset(ZoneOffset.UTC));
                return merge.executeUpdate();
            }
        });
    }

    @Override
    public boolean remove(String name) {
        return jdbc.inTransaction("remove the MCP server " + name, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mcp_server WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate();
            }
        }) > 0;
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(String json) {
        if (json == null || json.isBlank()) return List.of();
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (Exception e) {
            return List.of();
        }
    }
}

package dev.playground.engine.mcp;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An MCP server the person connected: a local command spoken to over standard input/output, or a URL spoken to over
 * streamable HTTP with the named headers (their values are secrets, kept in the keychain, never here).
 */
public record McpServerConfig(String name, Transport transport, List<String> command, String url, List<String> headerNames) {
    public enum Transport {
        STDIO, HTTP;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    public McpServerConfig {
        Objects.requireNonNull(transport, "transport");
        name = name == null ? "" : name.strip();
        command = command == null ? List.of() : List.copyOf(command);
        url = url == null ? "" : url.strip();
        headerNames = headerNames == null ? List.of() : List.copyOf(headerNames);
    }

    public static McpServerConfig stdio(String name, List<String> command) {
        return new McpServerConfig(name, Transport.STDIO, command, "", List.of());
    }

    public static McpServerConfig http(String name, String url, List<String> headerNames) {
        return new McpServerConfig(name, Transport.HTTP, List.of(), url, headerNames);
    }

    /** What is wrong with this server's settings, in plain words; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new java.util.ArrayList<>();
        if (!NAME.matcher(name).matches()) {
            problems.add("An MCP server name starts with a letter or digit and uses letters, digits, '.', '_' or '-' (at most 100).");
        }
        if (transport == Transport.STDIO && (command.isEmpty() || command.get(0).isBlank())) {
            problems.add("Give the command that starts the server, like --command \"npx -y @modelcontextprotocol/server-everything\".");
        }
        if (transport == Transport.HTTP) {
            try {
                URI uri = URI.create(url);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    problems.add("The URL must start with http:// or https://, like https://mcp.example.com/mcp.");
                }
            } catch (IllegalArgumentException e) {
                problems.add("'" + url + "' is not a URL: use one like https://mcp.example.com/mcp.");
            }
        }
        for (String header : headerNames) {
            if (!header.matches("[A-Za-z0-9-]{1,100}")) problems.add("'" + header + "' is not an HTTP header name.");
        }
        return problems;
    }

    /** Where the server is, for messages: the command line or the URL. */
    public String where() {
        return transport == Transport.STDIO ? String.join(" ", command) : url;
    }

    /** The keychain account that holds one header's value. */
    public String secretAccount(String header) {
        return "mcp:" + name + ":" + header.toLowerCase(Locale.ROOT);
    }
}

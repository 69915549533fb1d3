package dev.playground.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The test kit's MCP tools ({@link McpToolServer#tools}) served over streamable HTTP on loopback: a real Jetty server
 * hosting the MCP Java SDK's servlet transport at {@code /mcp}. With a required {@code Authorization} value, a request
 * without it is refused (HTTP 403) before any MCP message is read; every {@code Authorization} value that arrived is
 * kept, so a test can see that the secret reached the server (and nowhere else).
 */
public final class McpHttpToolServer implements AutoCloseable {
    private final Server jetty;
    private final McpSyncServer mcp;
    private final List<String> authorizations;

    private McpHttpToolServer(Server jetty, McpSyncServer mcp, List<String> authorizations) {
        this.jetty = jetty;
        this.mcp = mcp;
        this.authorizations = authorizations;
    }

    /** Starts on a free loopback port; {@code requiredAuthorization} null: every request is served. */
    public static McpHttpToolServer start(String requiredAuthorization) {
        JacksonMcpJsonMapper mapper = new JacksonMcpJsonMapper(new ObjectMapper());
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(mapper).mcpEndpoint("/mcp")
                .securityValidator(headers -> {
                    String authorization = header(headers, "authorization");
                    if (authorization != null) seen.add(authorization);
                    if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                        throw new ServerTransportSecurityException(403, "Forbidden: a valid Authorization header is required.");
                    }
                })
                .build();
        McpSyncServer mcp = McpServer.sync(transport)
                .serverInfo("playground-test-tools-http", "1")
                .jsonMapper(mapper)
                .jsonSchemaValidator(McpToolServer.noOutputSchemas())
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(McpToolServer.tools(mapper))
                .build();
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder holder = new ServletHolder(transport);
        holder.setAsyncSupported(true);
        context.addServlet(holder, "/mcp");
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            mcp.close();
            throw new IllegalStateException("The loopback MCP server did not start", e);
        }
        return new McpHttpToolServer(jetty, mcp, seen);
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().toLowerCase(Locale.ROOT).equals(name) && !header.getValue().isEmpty()) return header.getValue().getFirst();
        }
        return null;
    }

    /** The streamable HTTP endpoint, e.g. {@code http://127.0.0.1:41234/mcp}. */
    public String url() {
        return "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/mcp";
    }

    /** Every Authorization value a request carried, in order (refused ones too). */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    @Override
    public void close() {
        try {
            mcp.close();
        } finally {
            try {
                jetty.stop();
            } catch (Exception e) {
                throw new IllegalStateException("The loopback MCP server did not stop", e);
            }
        }
    }
}

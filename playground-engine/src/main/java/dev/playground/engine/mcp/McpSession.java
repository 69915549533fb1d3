package dev.playground.engine.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.tool.ToolAnswer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One connected MCP server, through the MCP Java SDK's client (we do not speak the protocol ourselves): lists its
 * tools as our {@link ToolDefinition}s and calls them. Close it to end the server process or the HTTP session.
 */
public final class McpSession implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JacksonMcpJsonMapper MAPPER = new JacksonMcpJsonMapper(JSON);

    private final McpServerConfig config;
    private final McpSyncClient client;

    private McpSession(McpServerConfig config, McpSyncClient client) {
        this.config = config;
        this.client = client;
    }

    /**
     * Starts (stdio) or reaches (HTTP) the server and runs the MCP handshake. {@code headers} are the HTTP headers with
     * their secret values, already read from the keychain.
     *
     * @throws McpException in plain words when the server does not start or answer within {@code timeout}
     */
    public static McpSession open(McpServerConfig config, Map<String, String> headers, Duration timeout) {
        List<String> problems = config.problems();
        if (!problems.isEmpty()) throw new McpException(String.join(" ", problems));
        McpClientTransport transport = config.transport() == McpServerConfig.Transport.STDIO ? stdio(config) : http(config, headers, timeout);
        McpSyncClient client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("prompt-playground", "1"))
                .requestTimeout(timeout).initializationTimeout(timeout)
                .jsonSchemaValidator(new McpSchemaCheck())
                .build();
        try {
            client.initialize();
        } catch (RuntimeException e) {
            client.close();
            throw new McpException(config.transport() == McpServerConfig.Transport.STDIO
                    ? "The MCP server '" + config.name() + "' did not start or answer (" + config.where() + "). Check that the command "
                    + "runs on its own and speaks MCP over standard input/output."
                    : "The MCP server '" + config.name() + "' at " + config.url() + " did not answer the MCP handshake. Check the URL, "
                    + "that the server is running, and its headers (playground mcp add ... --header NAME).");
        }
        return new McpSession(config, client);
    }

    private static McpClientTransport stdio(McpServerConfig config) {
        List<String> command = config.command();
        if (!programExists(command.get(0))) {
            // Said at once: the client would otherwise wait out the whole handshake timeout for a process that never ran.
            throw new McpException("The MCP server '" + config.name() + "' cannot start: the program '" + command.get(0)
                    + "' is not a file here and not on the PATH. Install it, or save the server again with the program's full path.");
        }
        ServerParameters parameters = ServerParameters.builder(command.get(0)).args(command.subList(1, command.size())).build();
        StdioClientTransport transport = new StdioClientTransport(parameters, MAPPER);
        // The server's diagnostics are its own business; they must not reach our standard streams.
        transport.setStdErrorHandler(line -> org.slf4j.LoggerFactory.getLogger(McpSession.class).debug("MCP {}: {}", config.name(), line));
        return transport;
    }

    /** Whether {@code program} names an executable file, directly or through the PATH (Windows: always assumed, as its shell resolves more). */
    static boolean programExists(String program) {
        if (System.getProperty("os.name", "").startsWith("Windows")) return true;
        if (program.contains("/")) return java.nio.file.Files.isExecutable(java.nio.file.Path.of(program));
        String path = System.getenv("PATH");
        if (path == null) return true;
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(folder, program))) return true;
        }
        return false;
    }

    private static McpClientTransport http(McpServerConfig config, Map<String, String> headers, Duration timeout) {
        URI uri = URI.create(config.url());
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/mcp" : uri.getRawPath();
        return HttpClientStreamableHttpTransport.builder(origin).endpoint(path).jsonMapper(MAPPER).connectTimeout(timeout)
                .customizeRequest(request -> headers.forEach(request::header)).build();
    }

    public McpServerConfig config() {
        return config;
    }

    /** The server's tools as tool definitions (name, description, input schema; no saved answers). */
    public List<ToolDefinition> tools() {
        List<ToolDefinition> tools = new ArrayList<>();
        String cursor = null;
        try {
            do {
                McpSchema.ListToolsResult page = cursor == null ? client.listTools() : client.listTools(cursor);
                for (McpSchema.Tool tool : page.tools()) {
                    String schema = tool.inputSchema() == null ? null : schemaJson(tool.inputSchema());
                    tools.add(new ToolDefinition(tool.name(), tool.description(), schema));
                }
                cursor = page.nextCursor();
            } while (cursor != null && !cursor.isEmpty());
        } catch (RuntimeException e) {
            throw new McpException("The MCP server '" + config.name() + "' did not list its tools: " + plain(e));
        }
        return tools;
    }

    /** Calls one tool; the answer is its text content (a tool error is an answer that failed, told to the model). */
    public ToolAnswer call(ToolCall call) {
        Map<String, Object> arguments;
        try {
            arguments = JSON.readValue(call.arguments(), JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        } catch (Exception e) {
            return new ToolAnswer("The arguments are not a JSON object.", "mcp:" + config.name(), true);
        }
        McpSchema.CallToolResult result;
        try {
            result = client.callTool(new McpSchema.CallToolRequest(call.name(), arguments));
        } catch (RuntimeException e) {
            return new ToolAnswer("The MCP server '" + config.name() + "' could not run '" + call.name() + "': " + plain(e), "mcp:" + config.name(), true);
        }
        return new ToolAnswer(text(result), "mcp:" + config.name(), Boolean.TRUE.equals(result.isError()));
    }

    private static String text(McpSchema.CallToolResult result) {
        List<String> parts = new ArrayList<>();
        if (result.content() != null) {
            for (McpSchema.Content content : result.content()) {
                if (content instanceof McpSchema.TextContent text) parts.add(text.text());
                else parts.add("[" + content.type() + " content]");
            }
        }
        if (parts.isEmpty() && result.structuredContent() != null) {
            try {
                parts.add(JSON.writeValueAsString(result.structuredContent()));
            } catch (Exception e) {
                parts.add(String.valueOf(result.structuredContent()));
            }
        }
        return String.join("\n", parts);
    }

    private static String schemaJson(McpSchema.JsonSchema schema) {
        ObjectNode node = JSON.createObjectNode().put("type", schema.type() == null ? "object" : schema.type());
        node.set("properties", schema.properties() == null ? JSON.createObjectNode() : JSON.valueToTree(schema.properties()));
        if (schema.required() != null && !schema.required().isEmpty()) node.set("required", JSON.valueToTree(schema.required()));
        if (schema.additionalProperties() != null) node.put("additionalProperties", schema.additionalProperties());
        if (schema.defs() != null && !schema.defs().isEmpty()) node.set("$defs", JSON.valueToTree(schema.defs()));
        if (schema.definitions() != null && !schema.definitions().isEmpty()) node.set("definitions", JSON.valueToTree(schema.definitions()));
        return node.toString();
    }

    private static String plain(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        try {
            client.closeGracefully();
        } catch (RuntimeException e) {
            client.close();
        }
    }

    /** For tests and messages: the arguments JSON a tool's schema accepts is checked by the loop, not here. */
    static JsonNode tree(String json) throws java.io.IOException {
        return JSON.readTree(json);
    }
}

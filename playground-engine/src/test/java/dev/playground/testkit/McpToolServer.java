package dev.playground.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.CountDownLatch;

/**
 * A small MCP server for tests, built with the MCP Java SDK's server side and spoken to over standard input/output:
 * {@code get_weather {city}} answers {"city": ..., "tempC": 19, "sky": "clear"} and {@code get_time {zone}} answers
 * "09:15 in ZONE". {@link #command()} is the command line that starts it in a new JVM.
 */
public final class McpToolServer {
    private McpToolServer() {}

    /** The command that runs this server: this JVM's java, this class path, this class. */
    public static List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dorg.slf4j.simpleLogger.logFile=System.err");
        command.add(McpToolServer.class.getName());
        return command;
    }

    public static void main(String[] args) throws InterruptedException {
        JacksonMcpJsonMapper mapper = new JacksonMcpJsonMapper(new ObjectMapper());
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(mapper))
                .serverInfo("playground-test-tools", "1")
                .jsonMapper(mapper)
                .jsonSchemaValidator(noOutputSchemas())
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(tools(mapper))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await(); // serves until the client closes standard input and ends the process
    }

    /** The two tools and their answers, whatever the transport. */
    static List<McpServerFeatures.SyncToolSpecification> tools(JacksonMcpJsonMapper mapper) {
        McpSchema.Tool weather = McpSchema.Tool.builder().name("get_weather").description("Current weather in a city")
                .inputSchema(mapper, "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}").build();
        McpSchema.Tool time = McpSchema.Tool.builder().name("get_time").description("Local time in a time zone")
                .inputSchema(mapper, "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\"}},\"required\":[\"zone\"]}").build();
        return List.of(McpServerFeatures.SyncToolSpecification.builder().tool(weather).callHandler((exchange, request) -> text(
                        "{\"city\":\"" + request.arguments().get("city") + "\",\"tempC\":19,\"sky\":\"clear\"}")).build(),
                McpServerFeatures.SyncToolSpecification.builder().tool(time).callHandler((exchange, request) -> text(
                        "09:15 in " + request.arguments().get("zone"))).build());
    }

    /** The tools declare no output schemas, so nothing needs validating. */
    static JsonSchemaValidator noOutputSchemas() {
        return (schema, content) -> JsonSchemaValidator.ValidationResponse.asValid(String.valueOf(content));
    }

    private static McpSchema.CallToolResult text(String text) {
        return McpSchema.CallToolResult.builder().addTextContent(text).isError(false).build();
    }

}

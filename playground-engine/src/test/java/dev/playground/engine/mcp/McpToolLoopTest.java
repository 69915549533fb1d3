package dev.playground.engine.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.tool.ToolLoop;
import dev.playground.engine.tool.ToolRun;
import dev.playground.engine.trace.Span;
import dev.playground.testkit.McpToolServer;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tools served by a real MCP server (the test kit's, started as its own process over stdio) through the SDK client. */
class McpToolLoopTest {
    private static McpResponder mcp;

    @BeforeAll
    static void startServer() {
        McpSession session = McpSession.open(McpServerConfig.stdio("test-tools", McpToolServer.command()), Map.of(), Duration.ofSeconds(60));
        mcp = new McpResponder(List.of(session));
    }

    @AfterAll
    static void stopServer() {
        if (mcp != null) mcp.close();
    }

    @Test
    void the_server_lists_its_tools_with_their_schemas() {
        assertThat(mcp.tools()).extracting(ToolDefinition::name).containsExactly("get_weather", "get_time");
        assertThat(mcp.tools().get(0).description()).isEqualTo("Current weather in a city");
        assertThat(mcp.tools().get(0).parameters()).contains("\"city\"").contains("\"required\":[\"city\"]");
    }

    @Test
    void a_parallel_request_is_answered_by_the_mcp_server_and_traced() {
        try (OpenAiWireServer server = OpenAiWireServer.start()) {
            server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}"),
                    new Call("call_2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
            server.enqueue(ScriptedReply.stream("Clear, 19 °C at 09:15."));
            ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                    List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(5))), GatewayPolicy.DEFAULT, RunLog.NONE,
                    PriceTable::defaults);
            Connection connection = new Connection("c1", "loopback", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "", "test-model");
            CompletionRequest request = new CompletionRequest(connection, "test-model", null,
                    List.of(new RenderedMessage(Role.USER, "Weather and time in Madrid?"))).withTools(mcp.offer(ToolSet.EMPTY));

            ToolRun run = new ToolLoop(gateway, PriceTable::defaults).run(request, new ToolLoop.Options(4, mcp, RunLabel.of("travel")), null);

            assertThat(run.outcome()).isEqualTo(ToolRun.Outcome.ANSWERED);
            assertThat(run.trace().toolSpans()).extracting(Span::source).containsOnly("mcp:test-tools");
            assertThat(run.trace().toolSpans()).extracting(Span::output)
                    .containsExactly("{\"city\":\"Madrid\",\"tempC\":19,\"sky\":\"clear\"}", "09:15 in Europe/Madrid");
            assertThat(server.requests().get(0).body().path("tools").toString()).contains("get_weather", "get_time");
            assertThat(server.requests().get(1).body().path("messages").toString()).contains("09:15 in Europe/Madrid");
        }
    }

    @Test
    void a_tool_the_server_does_not_have_is_not_served_and_a_bad_command_is_explained() {
        assertThat(mcp.answer(new ToolCall("x", "get_stock", "{}"))).isEmpty();
        assertThatThrownBy(() -> McpSession.open(McpServerConfig.stdio("broken", List.of("/nonexistent/mcp-server")), Map.of(), Duration.ofSeconds(10)))
                .isInstanceOf(McpException.class).hasMessageContaining("The MCP server 'broken' cannot start: the program")
                .hasMessageContaining("/nonexistent/mcp-server");
    }
}

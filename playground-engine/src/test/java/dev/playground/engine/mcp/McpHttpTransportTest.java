package dev.playground.engine.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
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
import dev.playground.testkit.McpHttpToolServer;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An MCP server over streamable HTTP (a real Jetty server on loopback with the SDK's servlet transport), with a secret header. */
class McpHttpTransportTest {
    private static final String TOKEN = "Bearer mcp-http-secret-4f1c9a";

    @Test
    void the_tools_of_an_http_server_answer_a_parallel_request_with_the_secret_header_sent() {
        try (McpHttpToolServer mcpServer = McpHttpToolServer.start(TOKEN);
             OpenAiWireServer model = OpenAiWireServer.start();
             McpResponder mcp = new McpResponder(List.of(McpSession.open(McpServerConfig.http("web-tools", mcpServer.url(), List.of("Authorization")),
                     Map.of("Authorization", TOKEN), Duration.ofSeconds(30))))) {
            assertThat(mcp.tools()).extracting(ToolDefinition::name).containsExactly("get_weather", "get_time");
            model.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Lima\"}"),
                    new Call("call_2", "get_time", "{\"zone\":\"America/Lima\"}")));
            model.enqueue(ScriptedReply.stream("Clear and 19 °C at 09:15."));
            ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                    List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(5))), GatewayPolicy.DEFAULT, RunLog.NONE,
                    PriceTable::defaults);
            Connection connection = new Connection("c1", "loopback", ProviderKind.OPENAI_COMPATIBLE, model.baseUrl(), "", "test-model");
            CompletionRequest request = new CompletionRequest(connection, "test-model", null,
                    List.of(new RenderedMessage(Role.USER, "Weather and time in Lima?"))).withTools(mcp.offer(ToolSet.EMPTY));

            ToolRun run = new ToolLoop(gateway, PriceTable::defaults).run(request, new ToolLoop.Options(4, mcp, RunLabel.of("travel")), null);

            assertThat(run.outcome()).isEqualTo(ToolRun.Outcome.ANSWERED);
            assertThat(run.trace().toolSpans()).extracting(Span::source).containsOnly("mcp:web-tools");
            assertThat(run.trace().toolSpans()).extracting(Span::output)
                    .containsExactly("{\"city\":\"Lima\",\"tempC\":19,\"sky\":\"clear\"}", "09:15 in America/Lima");
            assertThat(mcpServer.authorizations()).isNotEmpty().containsOnly(TOKEN);
        }
    }

    @Test
    void a_server_that_refuses_the_header_is_explained_without_the_secret() {
        try (McpHttpToolServer mcpServer = McpHttpToolServer.start(TOKEN)) {
            McpServerConfig config = McpServerConfig.http("web-tools", mcpServer.url(), List.of("Authorization"));
            assertThatThrownBy(() -> McpSession.open(config, Map.of("Authorization", "Bearer wrong-secret-77d2"), Duration.ofSeconds(30)))
                    .isInstanceOf(McpException.class)
                    .hasMessageContaining("The MCP server 'web-tools' at " + mcpServer.url() + " did not answer the MCP handshake")
                    .hasMessageNotContaining("wrong-secret-77d2");
            assertThat(mcpServer.authorizations()).contains("Bearer wrong-secret-77d2");
        }
    }
}

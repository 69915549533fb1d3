package dev.playground.engine.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.run.PromptRunService;
import dev.playground.engine.task.InFlightCalls;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A suite whose prompt has tools: its cell runs the tool loop and the assertions see which tool was called. */
class SuiteToolsTest {
    @Test
    void a_suite_assertion_checks_the_tool_called() throws Exception {
        InFlightCalls inFlight = new InFlightCalls();
        VirtualThreadTaskExecutor executor = new VirtualThreadTaskExecutor();
        try (OpenAiWireServer server = OpenAiWireServer.start()) {
            server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}"),
                    new Call("call_2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
            server.enqueue(ScriptedReply.stream("Sunny at 10:30."));
            ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                    List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(5))), GatewayPolicy.DEFAULT, run -> {},
                    PriceTable::defaults, inFlight);
            SuiteRunner runner = new SuiteRunner(new PromptRunService(new TemplateRenderer(), gateway, (s, v, q) -> null, executor), null,
                    Optional::empty, (request, result) -> null, inFlight, SuiteRunRepository.inMemory());
            Connection connection = new Connection("local", "Local", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "", "m");
            ToolSet tools = ToolSet.of(
                    new ToolDefinition("get_weather", "Weather", "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}", List.of("sunny")),
                    new ToolDefinition("get_time", "Time", "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\"}}}", List.of("10:30")));
            PromptDocument document = PromptDocument.of(PromptTemplate.systemAndUser("", "Weather and time in {{city}}?")).withTools(tools);
            SuiteVariant variant = new SuiteVariant(0, "travel", "travel", document, connection, "m", ModelSettings.of(0.0, 50), "travel");
            List<SuiteAssertion> asserts = List.of(SuiteAssertion.read(Map.of("type", "tool-called", "value", "get_weather"), "suite"),
                    SuiteAssertion.read(Map.of("type", "not-tool-called", "value", "get_stock"), "suite"),
                    SuiteAssertion.read(Map.of("type", "tool-steps", "value", 2), "suite"));
            SuitePlan plan = new SuitePlan("travel", "test", List.of(variant), List.of(DatasetRow.of(Map.of("city", "Madrid"))), Map.of(), asserts,
                    List.of(List.of()), null, null, 1, 1, "", List.of());

            SuiteReport report = runner.start(plan, SuiteListener.NONE, false).report().get(60, TimeUnit.SECONDS);

            SuiteCell cell = report.cells().getFirst();
            assertThat(cell.status()).as(cell.reason()).isEqualTo(SuiteCell.Status.PASS);
            assertThat(cell.output()).isEqualTo("Sunny at 10:30.");
            assertThat(cell.assertions()).extracting(AssertionResult::code).containsExactly("tool-called", "not-tool-called", "tool-steps");
            assertThat(server.requests()).hasSize(2);
        } finally {
            executor.close();
        }
    }
}

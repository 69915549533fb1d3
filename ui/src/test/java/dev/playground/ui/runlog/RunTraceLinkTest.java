package dev.playground.ui.runlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.tool.MockResponder;
import dev.playground.engine.tool.ToolLoop;
import dev.playground.engine.tool.ToolLoopListener;
import dev.playground.engine.tool.ToolRun;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import dev.playground.ui.common.I18n;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.testing.FxThreadStandIn;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with tools through the real gateway and run log: each model call's row in the Runs view finds the run's
 * trace, and a plain call's row finds none.
 */
@ExtendWith(FxThreadStandIn.class)
class RunTraceLinkTest {
    @TempDir Path dataDir;

    @Test
    void each_model_call_of_a_run_with_tools_shows_its_trace_in_the_runs_view() {
        ToolDefinition weather = new ToolDefinition("get_weather", "Weather in a city",
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}", List.of("{\"tempC\":21}"));
        try (OpenAiWireServer server = OpenAiWireServer.start(); LocalStore store = LocalStore.open(dataDir)) {
            server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Lima\"}")));
            server.enqueue(ScriptedReply.stream("21 °C in Lima."));
            server.enqueue(ScriptedReply.stream("Plain answer."));
            TokenCounter tokens = new TokenCounter();
            ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(5))),
                    GatewayPolicy.DEFAULT, RunLog.deferred(store::runs), PriceTable::defaults);
            Connection connection = new Connection("c1", "loopback", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "", "test-model");
            CompletionRequest request = new CompletionRequest(connection, "test-model", null, List.of(new RenderedMessage(Role.USER, "Lima?")));
            ToolSet tools = ToolSet.of(weather);
            ToolRun run = new ToolLoop(gateway, PriceTable::defaults).run(request.withTools(tools),
                    new ToolLoop.Options(4, new MockResponder(tools, Map.of()), RunLabel.of("weather")), ToolLoopListener.NONE);
            store.traces().save(run.trace());
            gateway.stream(request, new dev.playground.engine.model.CompletionListener() {
                @Override public void onToken(String token) {}
                @Override public void onComplete(dev.playground.engine.model.CompletionResult result) {}
                @Override public void onError(dev.playground.engine.model.ProviderException error, dev.playground.engine.model.CompletionResult partial) {}
            }, RunLabel.of("plain")).result().join();

            UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, new CurrentThreadTaskExecutor(), "tester");
            RunLogViewModel runs = new RunLogViewModel(services, new I18n(Locale.ENGLISH), ZoneOffset.UTC);
            runs.refresh();
            assertThat(runs.runs()).hasSize(3);
            for (RunRecord row : runs.runs()) {
                runs.selectedProperty().set(row);
                if (row.promptName().equals("weather")) {
                    assertThat(runs.timeline().traceProperty().get().id()).as(row.id()).isEqualTo(run.trace().id());
                    assertThat(run.trace().runIds()).contains(row.id());
                    assertThat(runs.timeline().rows()).hasSize(3);
                } else {
                    assertThat(runs.timeline().traceProperty().get()).isNull();
                    assertThat(runs.timeline().rows()).isEmpty();
                }
            }
        }
    }
}

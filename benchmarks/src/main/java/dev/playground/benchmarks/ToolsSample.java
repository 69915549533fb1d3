package dev.playground.benchmarks;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.tool.MockResponder;
import dev.playground.engine.tool.ToolLoop;
import dev.playground.engine.tool.ToolLoopListener;
import dev.playground.engine.tool.ToolRun;
import dev.playground.store.Draft;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A data folder for looking at the tool editor and the trace timeline (screenshots): a prompt "weather-agent" whose
 * version 1 has two tools, a draft of it where the first tool's schema has a misspelt type, and one real tool loop
 * (a loopback OpenAI-compatible server asks for both tools in parallel, saved mocks answer, then it answers) kept in
 * the run log with its trace, and the test kit's MCP server saved as "weather-kit". {@code theme} (light/dark) and {@code language} (en/es) are the window's own settings.
 *
 * <pre>java -cp … dev.playground.benchmarks.ToolsSample DIR light en</pre>
 */
public final class ToolsSample {
    private static final String WEATHER_SCHEMA = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"City name\"},"
            + "\"unit\":{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]}},\"required\":[\"city\"]}";
    private static final ToolDefinition WEATHER = new ToolDefinition("get_weather", "Current weather in a city", WEATHER_SCHEMA,
            List.of("{\"city\":\"Lima\",\"tempC\":19,\"sky\":\"cloudy\"}"));
    private static final ToolDefinition TIME = new ToolDefinition("get_time", "Local time in a time zone",
            "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\"}},\"required\":[\"zone\"]}", List.of("09:15"));

    private ToolsSample() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        ToolSet tools = new ToolSet(List.of(WEATHER, TIME), ToolChoice.AUTO);
        PromptDocument document = new PromptDocument(PromptTemplate.systemAndUser("You are a travel assistant. Use the tools for facts.",
                "What is the weather and the local time in {{city}}?"), "dry-run", "gpt-4o-mini", ModelSettings.DEFAULTS, Map.of("city", "Lima"))
                .withTools(tools);
        try (LocalStore store = LocalStore.open(dir); OpenAiWireServer server = OpenAiWireServer.start()) {
            store.settings().put("ui.theme", args.length > 1 ? args[1] : "light");
            store.settings().put("ui.language", args.length > 2 ? args[2] : "en");
            store.settings().put("models.firstLaunchOffer", "declined");
            store.connections().saveAll(List.of(Connection.dryRun()));
            // The test kit's MCP server, started with this process's class path (Settings › MCP servers can test it).
            store.mcpServers().save(dev.playground.engine.mcp.McpServerConfig.stdio("weather-kit", dev.playground.testkit.McpToolServer.command()));
            store.prompts().saveVersion("weather-agent", document, "two tools", "sample");
            ToolDefinition misspelt = new ToolDefinition("get_weather", WEATHER.description(), WEATHER_SCHEMA.replace("\"type\":\"string\",\"description\"",
                    "\"type\":\"strin\",\"description\""), WEATHER.mocks());
            store.drafts().save(new Draft("main", "weather-agent", document.withTools(new ToolSet(List.of(misspelt, TIME), ToolChoice.AUTO)), Instant.now()));
            store.drafts().markAllClosed();

            server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Lima\"}"), new Call("call_2", "get_time", "{\"zone\":\"America/Lima\"}")));
            server.enqueue(ScriptedReply.stream("In Lima it is 19 °C and cloudy; ", "the local time is 09:15."));
            ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(10))),
                    GatewayPolicy.DEFAULT, RunLog.deferred(store::runs), PriceTable::defaults);
            Connection loopback = new Connection("lab", "Lab server", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "", "gpt-4o-mini");
            CompletionRequest request = new CompletionRequest(loopback, "gpt-4o-mini", null, List.of(
                    new RenderedMessage(Role.SYSTEM, "You are a travel assistant. Use the tools for facts."),
                    new RenderedMessage(Role.USER, "What is the weather and the local time in Lima?"))).withTools(tools);
            ToolRun run = new ToolLoop(gateway, PriceTable::defaults).run(request,
                    new ToolLoop.Options(5, new MockResponder(tools, Map.of()), new RunLabel("weather-agent", 1, "")), ToolLoopListener.NONE);
            store.traces().save(run.trace());
        }
    }
}

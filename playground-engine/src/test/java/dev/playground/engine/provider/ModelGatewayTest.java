package dev.playground.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.AnthropicWireServer;
import dev.playground.testkit.ChatProviderContract.Recorder;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gateway features beyond one adapter: limits, cache, run log, parameter mapping, key handling. */
class ModelGatewayTest {
    private static final String KEY = "sk-gateway-secret-abcdef0123456789";

    private final List<RunRecord> runs = new CopyOnWriteArrayList<>();
    private OpenAiWireServer server;
    private ModelGateway gateway;
    private Connection connection;

    @BeforeEach
    void start() {
        server = OpenAiWireServer.start();
        TokenCounter tokens = new TokenCounter();
        gateway = new ModelGateway(new SecretResolver(Map.of("GW_KEY", KEY)),
                List.of(new OpenAiCompatibleProvider(ProviderKind.OPENAI, tokens, Duration.ofSeconds(5), Map.of()),
                        new AnthropicProvider(tokens, Duration.ofSeconds(5)), new DryRunProvider(tokens)),
                GatewayPolicy.DEFAULT, runs::add, PriceTable::defaults);
        connection = new Connection("openai", "OpenAI test", ProviderKind.OPENAI, server.baseUrl(), "GW_KEY", "gpt-4o-mini");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CompletionRequest request(ModelSettings settings, String question) {
        return new CompletionRequest(connection, null, settings, List.of(new RenderedMessage(Role.USER, question)));
    }

    private CompletionResult run(CompletionRequest request) throws Exception {
        return gateway.stream(request, new Recorder(), "greeting").result().get(20, TimeUnit.SECONDS);
    }

    @Test
    void every_call_is_recorded_with_usage_timing_cost_and_no_key() throws Exception {
        server.enqueue(ScriptedReply.rateLimited(0)).enqueue(ScriptedReply.stream("Hi", " there"));

        run(request(ModelSettings.of(0.3, 40), "Hello, my key is " + KEY));

        assertThat(runs).hasSize(1);
        RunRecord run = runs.get(0);
        assertThat(run.status()).isEqualTo(RunStatus.OK);
        assertThat(run.promptName()).isEqualTo("greeting");
        assertThat(run.output()).isEqualTo("Hi there");
        assertThat(run.model()).isEqualTo("gpt-4o-mini");
        assertThat(run.settings().temperature()).isEqualTo(0.3);
        assertThat(run.outputTokens()).isEqualTo(2);
        assertThat(run.tokensReported()).isTrue();
        assertThat(run.latency()).isPositive();
        assertThat(run.timeToFirstToken()).isNotNull();
        assertThat(run.costUsd()).isNotNull().isPositive();
        assertThat(run.attempts()).isEqualTo(2);
        assertThat(run.toString()).doesNotContain(KEY);
    }

    @Test
    void failures_are_recorded_with_a_redacted_error() {
        server.enqueue(ScriptedReply.error(400, "bad request for key " + KEY));

        assertThatThrownBy(() -> run(request(ModelSettings.DEFAULTS, "Hello"))).cause().isInstanceOf(ProviderException.class)
                .hasMessageNotContaining(KEY);

        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.ERROR);
            assertThat(run.error()).contains("rejected the request").doesNotContain(KEY);
        });
    }

    @Test
    void the_response_cache_is_opt_in_and_marks_cached_answers_with_the_original_latency() throws Exception {
        server.enqueue(ScriptedReply.streamWithDelays(200, 0, "first"));
        CompletionResult uncached = run(request(ModelSettings.DEFAULTS, "same question"));
        server.enqueue(ScriptedReply.stream("second"));
        assertThat(run(request(ModelSettings.DEFAULTS, "same question")).text()).isEqualTo("second");

        gateway.setPolicy(connection.id(), GatewayPolicy.DEFAULT.withCache(true));
        server.enqueue(ScriptedReply.streamWithDelays(200, 0, "cached answer"));
        CompletionResult original = run(request(ModelSettings.DEFAULTS, "cache me"));
        CompletionResult again = run(request(ModelSettings.DEFAULTS, "cache me"));
        CompletionResult differentSettings = run(request(ModelSettings.DEFAULTS.withTemperature(0.1), "cache me"));

        assertThat(uncached.cached()).isFalse();
        assertThat(again.text()).isEqualTo("cached answer");
        assertThat(again.cached()).isTrue();
        assertThat(again.originalLatency()).isEqualTo(original.latency());
        assertThat(again.latency()).isLessThan(original.latency());
        assertThat(differentSettings.cached()).isFalse();
        assertThat(server.requests()).hasSize(4);
        assertThat(runs.get(3).cached()).isTrue();
        assertThat(runs.get(3).originalLatency()).isEqualTo(original.latency());
    }

    @Test
    void concurrent_requests_per_connection_are_limited() throws Exception {
        gateway.setPolicy(connection.id(), GatewayPolicy.DEFAULT.withLimits(2, 0));
        for (int i = 0; i < 4; i++) server.enqueue(ScriptedReply.streamWithDelays(300, 0, "slow"));
        long start = System.nanoTime();

        List<CompletionHandle> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) calls.add(gateway.stream(request(ModelSettings.DEFAULTS, "q" + i), new Recorder()));
        for (CompletionHandle call : calls) call.result().get(20, TimeUnit.SECONDS);

        // Two at a time, 300 ms each: the four need two rounds.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(580));
    }

    @Test
    void requests_per_minute_are_limited_and_a_waiting_call_can_be_cancelled() throws Exception {
        gateway.setPolicy(connection.id(), GatewayPolicy.DEFAULT.withLimits(4, 1));
        run(request(ModelSettings.DEFAULTS, "first"));

        CompletionHandle second = gateway.stream(request(ModelSettings.DEFAULTS, "second"), new Recorder());
        Thread.sleep(300);
        assertThat(second.result()).isNotDone();
        second.cancel();

        assertThatThrownBy(() -> second.result().get(5, TimeUnit.SECONDS)).cause().isInstanceOf(ProviderException.class)
                .extracting(e -> ((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.CANCELLED);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_token_after_which_the_stream_breaks_is_never_retried() throws Exception {
        server.enqueue(ScriptedReply.cutAfter(1, "partial ", "rest")).enqueue(ScriptedReply.stream("should not be used"));
        Recorder recorder = new Recorder();

        assertThatThrownBy(() -> gateway.stream(request(ModelSettings.DEFAULTS, "q"), recorder).result().get(20, TimeUnit.SECONDS));

        assertThat(recorder.partial.get().text()).isEqualTo("partial ");
        assertThat(server.requests()).hasSize(1);
        assertThat(runs.get(0).status()).isEqualTo(RunStatus.INCOMPLETE);
    }

    @Test
    void a_retry_after_longer_than_the_policy_allows_fails_with_the_wait_in_the_message() {
        server.enqueue(ScriptedReply.rateLimited(3600));

        assertThatThrownBy(() -> run(request(ModelSettings.DEFAULTS, "q"))).cause().hasMessageContaining("asked to wait 3600 s");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void parameters_are_mapped_and_unsupported_ones_are_not_sent() throws Exception {
        ModelSettings all = new ModelSettings(0.5, 0.8, 40, 100, List.of("STOP"), 42, 0.1, 0.2, "json");

        run(request(all, "q"));

        var body = server.lastRequest().body();
        assertThat(body.path("top_p").asDouble()).isEqualTo(0.8);
        assertThat(body.path("seed").asInt()).isEqualTo(42);
        assertThat(body.path("presence_penalty").asDouble()).isEqualTo(0.1);
        assertThat(body.path("frequency_penalty").asDouble()).isEqualTo(0.2);
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_object");
        assertThat(body.has("top_k")).as("OpenAI has no top_k").isFalse();
    }

    @Test
    void a_json_schema_is_sent_as_openai_structured_output() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\"}},\"required\":[\"answer\"]}";

        run(request(ModelSettings.DEFAULTS.withResponseFormat(schema), "q"));

        var format = server.lastRequest().body().path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("schema").path("properties").has("answer")).isTrue();
    }

    @Test
    void anthropic_gets_no_seed_or_penalties_and_a_default_max_tokens() throws Exception {
        try (AnthropicWireServer anthropic = AnthropicWireServer.start()) {
            Connection claude = new Connection("claude", "Claude", ProviderKind.ANTHROPIC, anthropic.baseUrl(), "GW_KEY", "claude-haiku-4-5");
            ModelSettings settings = new ModelSettings(0.5, null, 20, null, List.of(), 42, 0.1, 0.2, null);
            gateway.stream(new CompletionRequest(claude, null, settings, List.of(new RenderedMessage(Role.USER, "q"))), new Recorder())
                    .result().get(20, TimeUnit.SECONDS);

            var body = anthropic.lastRequest().body();
            assertThat(body.path("top_k").asInt()).isEqualTo(20);
            assertThat(body.path("max_tokens").asInt()).isEqualTo(AnthropicProvider.DEFAULT_MAX_TOKENS);
            assertThat(body.has("seed")).isFalse();
            assertThat(body.has("presence_penalty")).isFalse();
        }
    }

    @Test
    void a_hosted_provider_without_a_key_says_where_to_put_one() {
        Connection noKey = new Connection("x", "OpenAI", ProviderKind.OPENAI, "", "MISSING_KEY_ENV", "gpt-4o");

        assertThatThrownBy(() -> gateway.stream(new CompletionRequest(noKey, null, null, List.of(new RenderedMessage(Role.USER, "q"))),
                new Recorder())).isInstanceOf(ProviderException.class).hasMessageContaining("$MISSING_KEY_ENV");
    }

    @Test
    void a_kind_without_an_adapter_is_a_configuration_error() {
        Connection gemini = new Connection("g", "Gemini", ProviderKind.GEMINI, "", "GW_KEY", "gemini-2.5-flash");

        assertThatThrownBy(() -> gateway.stream(new CompletionRequest(gemini, null, null, List.of(new RenderedMessage(Role.USER, "q"))),
                new Recorder())).isInstanceOf(ProviderException.class).hasMessageContaining("No adapter for gemini");
    }
}

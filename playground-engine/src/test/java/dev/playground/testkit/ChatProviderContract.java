package dev.playground.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolResult;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.provider.ChatProvider;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.WireServer.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every provider adapter must show through the gateway, against a loopback server
 * speaking that provider's real wire format: streaming order, usage, parameters on the wire, stop
 * sequences, errors, cancellation and retries. A new adapter extends this and fills in the protocol bits.
 */
public abstract class ChatProviderContract {
    protected static final String KEY = "sk-contract-secret-0123456789abcdef";
    protected static final String KEY_ENV = "CONTRACT_TEST_KEY";

    protected WireServer server;
    protected ModelGateway gateway;
    protected Connection connection;

    /** Starts the wire server for this protocol. */
    protected abstract WireServer startServer();

    protected abstract ChatProvider provider(TokenCounter tokens);

    /** A connection of the adapter's kind to the server, reading its key from {@link #KEY_ENV}. */
    protected abstract Connection connection(WireServer server);

    /** The temperature and max-token values as this protocol puts them on the wire. */
    protected abstract double sentTemperature(RecordedRequest request);

    protected abstract int sentMaxTokens(RecordedRequest request);

    /** The key as this protocol sends it (a header or bearer token). */
    protected abstract String sentKey(RecordedRequest request);

    /** What the adapter reports as the finish reason of an answer that ended normally. */
    protected String normalFinishReason() {
        return "stop";
    }

    @BeforeEach
    void startGateway() {
        server = startServer();
        GatewayPolicy fast = GatewayPolicy.DEFAULT.withRetries(2, Duration.ofMillis(50), Duration.ofMillis(200))
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(30));
        gateway = new ModelGateway(new SecretResolver(Map.of(KEY_ENV, KEY)), List.of(provider(new TokenCounter())), fast, RunLog.NONE,
                PriceTable::defaults);
        connection = connection(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    protected CompletionRequest request(ModelSettings settings) {
        return new CompletionRequest(connection, null, settings,
                List.of(new RenderedMessage(Role.SYSTEM, "Be brief."), new RenderedMessage(Role.USER, "Say hello")));
    }

    protected CompletionResult run(ModelSettings settings, Recorder recorder) throws Exception {
        return gateway.stream(request(settings), recorder).result().get(20, TimeUnit.SECONDS);
    }

    @Test
    void streams_tokens_in_order_with_usage_and_timing() throws Exception {
        server.enqueue(ScriptedReply.stream("Hola", ", ", "mundo", "!"));
        Recorder recorder = new Recorder();

        CompletionResult result = run(ModelSettings.DEFAULTS, recorder);

        assertThat(String.join("", recorder.tokens)).isEqualTo("Hola, mundo!");
        assertThat(recorder.tokens).containsExactly("Hola", ", ", "mundo", "!");
        assertThat(result.text()).isEqualTo("Hola, mundo!");
        assertThat(result.complete()).isTrue();
        assertThat(result.finishReason()).isEqualTo(normalFinishReason());
        assertThat(result.usage().reported()).isTrue();
        assertThat(result.usage().outputTokens()).isEqualTo(4);
        assertThat(result.usage().inputTokens()).isPositive();
        assertThat(result.timeToFirstToken()).isNotNull().isLessThanOrEqualTo(result.latency());
        assertThat(recorder.completed.isDone()).isTrue();
    }

    protected static final ToolSet TWO_TOOLS = ToolSet.of(
            new ToolDefinition("get_weather", "Current weather in a city",
                    "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}"),
            new ToolDefinition("get_time", "Local time in a time zone",
                    "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\",\"description\":\"IANA zone\"}}}"));

    @Test
    void tools_go_out_and_a_parallel_tool_call_streams_back_then_the_results_go_out() throws Exception {
        server.enqueue(ScriptedReply.toolCalls(new ScriptedReply.Call("call_w1", "get_weather", "{\"city\":\"Madrid\"}"),
                new ScriptedReply.Call("call_t2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
        CompletionRequest ask = new CompletionRequest(connection, null, null,
                List.of(new RenderedMessage(Role.USER, "Weather and time in Madrid?"))).withTools(TWO_TOOLS);

        CompletionResult calls = gateway.stream(ask, new Recorder()).result().get(20, TimeUnit.SECONDS);

        assertThat(calls.toolCalls()).extracting(ToolCall::name).containsExactly("get_weather", "get_time");
        assertThat(JSON.readTree(calls.toolCalls().get(0).arguments())).isEqualTo(JSON.readTree("{\"city\":\"Madrid\"}"));
        assertThat(JSON.readTree(calls.toolCalls().get(1).arguments())).isEqualTo(JSON.readTree("{\"zone\":\"Europe/Madrid\"}"));
        assertThat(calls.finishReason()).isEqualTo("tool_calls");
        assertThat(server.lastRequest().body().toString()).contains("get_weather", "get_time", "Current weather in a city", "IANA zone");

        List<RenderedMessage> next = new java.util.ArrayList<>(ask.messages());
        next.add(RenderedMessage.toolCalls("", calls.toolCalls()));
        next.add(RenderedMessage.toolResults(List.of(
                new ToolResult(calls.toolCalls().get(0).id(), "get_weather", "{\"tempC\":21}"),
                new ToolResult(calls.toolCalls().get(1).id(), "get_time", "10:30"))));
        server.enqueue(ScriptedReply.stream("Sunny, ", "10:30."));

        CompletionResult answer = gateway.stream(ask.withMessages(next), new Recorder()).result().get(20, TimeUnit.SECONDS);

        assertThat(answer.text()).isEqualTo("Sunny, 10:30.");
        assertThat(answer.toolCalls()).isEmpty();
        String sent = server.lastRequest().body().toString();
        assertThat(sent).contains("tempC", "10:30", "Madrid");
    }

    @Test
    void a_named_tool_choice_offers_only_that_tool_as_required() throws Exception {
        server.enqueue(ScriptedReply.toolCalls(new ScriptedReply.Call("call_1", "get_time", "{}")));
        CompletionRequest ask = new CompletionRequest(connection, null, null, List.of(new RenderedMessage(Role.USER, "Time?")))
                .withTools(TWO_TOOLS.withChoice(ToolChoice.named("get_time")));

        CompletionResult calls = gateway.stream(ask, new Recorder()).result().get(20, TimeUnit.SECONDS);

        assertThat(calls.toolCalls()).extracting(ToolCall::name).containsExactly("get_time");
        assertThat(server.lastRequest().body().toString()).contains("get_time").doesNotContain("get_weather");
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void sends_the_chosen_temperature_max_tokens_messages_and_key() throws Exception {
        run(ModelSettings.of(0.25, 77), new Recorder());

        RecordedRequest sent = server.lastRequest();
        assertThat(sentTemperature(sent)).isEqualTo(0.25);
        assertThat(sentMaxTokens(sent)).isEqualTo(77);
        assertThat(sent.body().toString()).contains("Be brief.", "Say hello");
        assertThat(sentKey(sent)).isEqualTo(KEY);
    }

    @Test
    void stop_sequences_reach_the_server_and_end_the_answer() throws Exception {
        server.enqueue(ScriptedReply.stream("one", " two", " END", " three"));

        CompletionResult result = run(ModelSettings.DEFAULTS.withStopSequences(List.of("END")), new Recorder());

        assertThat(result.text()).isEqualTo("one two ");
        assertThat(result.complete()).isTrue();
    }

    @Test
    void hitting_max_tokens_is_reported_as_length() throws Exception {
        server.enqueue(ScriptedReply.stream("a ", "b ", "c ", "d "));

        CompletionResult result = run(ModelSettings.of(0.0, 2), new Recorder());

        assertThat(result.text()).isEqualTo("a b ");
        assertThat(result.finishReason()).isEqualTo("length");
    }

    @Test
    void a_rejected_key_is_not_retried_and_never_echoed() {
        server.enqueue(ScriptedReply.error(401, "Invalid API key: " + KEY));
        Recorder recorder = new Recorder();

        CompletableFuture<CompletionResult> result = gateway.stream(request(ModelSettings.DEFAULTS), recorder).result();

        assertThatThrownBy(() -> result.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(ProviderException.class).hasMessageContaining("refused the API key").hasMessageNotContaining(KEY);
        assertThat(recorder.error.getNow(null).kind()).isEqualTo(ProviderException.Kind.AUTHENTICATION);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_429_with_retry_after_is_retried_after_the_wait() throws Exception {
        server.enqueue(ScriptedReply.rateLimited(1)).enqueue(ScriptedReply.stream("after ", "waiting"));
        long start = System.nanoTime();

        CompletionResult result = run(ModelSettings.DEFAULTS, new Recorder());

        assertThat(result.text()).isEqualTo("after waiting");
        assertThat(server.requests()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void a_503_is_retried_with_backoff() throws Exception {
        server.enqueue(ScriptedReply.unavailable()).enqueue(ScriptedReply.stream("back ", "up"));

        CompletionResult result = run(ModelSettings.DEFAULTS, new Recorder());

        assertThat(result.text()).isEqualTo("back up");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void retries_give_up_after_the_limit_with_the_rate_limit_message() {
        server.enqueue(ScriptedReply.rateLimited(0)).enqueue(ScriptedReply.rateLimited(0)).enqueue(ScriptedReply.rateLimited(0));

        CompletableFuture<CompletionResult> result = gateway.stream(request(ModelSettings.DEFAULTS), new Recorder()).result();

        assertThatThrownBy(() -> result.get(20, TimeUnit.SECONDS)).cause().isInstanceOf(ProviderException.class)
                .extracting(e -> ((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.RATE_LIMITED);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void a_server_error_is_reported_without_retrying() {
        server.enqueue(ScriptedReply.error(500, "boom"));

        CompletableFuture<CompletionResult> result = gateway.stream(request(ModelSettings.DEFAULTS), new Recorder()).result();

        assertThatThrownBy(() -> result.get(20, TimeUnit.SECONDS)).cause().isInstanceOf(ProviderException.class)
                .hasMessageContaining("server error");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_broken_stream_keeps_the_partial_text_marked_incomplete_and_is_not_retried() throws Exception {
        server.enqueue(ScriptedReply.cutAfter(2, "one ", "two ", "three"));
        Recorder recorder = new Recorder();

        CompletionHandle handle = gateway.stream(request(ModelSettings.DEFAULTS), recorder);

        assertThatThrownBy(() -> handle.result().get(20, TimeUnit.SECONDS)).cause().isInstanceOf(ProviderException.class);
        CompletionResult partial = recorder.partial.get(5, TimeUnit.SECONDS);
        assertThat(partial.text()).isEqualTo("one two ");
        assertThat(partial.complete()).isFalse();
        assertThat(partial.incompleteReason()).isNotBlank();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void cancel_closes_the_http_stream_at_once_and_keeps_what_arrived() throws Exception {
        server.enqueue(ScriptedReply.streamWithDelays(0, 150, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));
        Recorder recorder = new Recorder();
        CompletionHandle handle = gateway.stream(request(ModelSettings.DEFAULTS), recorder);
        assertThat(recorder.firstToken.await(10, TimeUnit.SECONDS)).isTrue();

        handle.cancel();

        assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS)).cause().isInstanceOf(ProviderException.class)
                .extracting(e -> ((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.CANCELLED);
        assertThat(recorder.partial.get(5, TimeUnit.SECONDS).text()).startsWith("a").hasSizeLessThan(10);
        // The server notices the closed socket on its next write (150 ms later), long before the 1.5 s answer would end.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1000);
        while (server.streamsAbandonedByClient() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(server.streamsAbandonedByClient()).isEqualTo(1);
    }

    @Test
    void no_first_token_in_time_is_a_timeout() {
        gateway.setPolicy(connection.id(), gateway.policy(connection.id())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofSeconds(30)));
        server.enqueue(ScriptedReply.streamWithDelays(10_000, 0, "late"));
        long start = System.nanoTime();

        CompletableFuture<CompletionResult> result = gateway.stream(request(ModelSettings.DEFAULTS), new Recorder()).result();

        assertThatThrownBy(() -> result.get(20, TimeUnit.SECONDS)).cause().isInstanceOf(ProviderException.class)
                .hasMessageContaining("sent no answer within").extracting(e -> ((ProviderException) e).kind())
                .isEqualTo(ProviderException.Kind.TIMEOUT);
        // Well before the 10 s answer, with room for a loaded build machine.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void test_connection_lists_the_servers_models() {
        ModelGateway.ConnectionCheck check = gateway.testConnection(connection);

        assertThat(check.models()).isNotEmpty();
        assertThat(check.latency()).isPositive();
    }

    /** Collects what a listener is told. */
    public static final class Recorder implements CompletionListener {
        public final List<String> tokens = new CopyOnWriteArrayList<>();
        public final CountDownLatch firstToken = new CountDownLatch(1);
        public final CompletableFuture<CompletionResult> completed = new CompletableFuture<>();
        public final CompletableFuture<ProviderException> error = new CompletableFuture<>();
        public final CompletableFuture<CompletionResult> partial = new CompletableFuture<>();

        @Override
        public void onToken(String token) {
            tokens.add(token);
            firstToken.countDown();
        }

        @Override
        public void onComplete(CompletionResult result) {
            completed.complete(result);
        }

        @Override
        public void onError(ProviderException failure, CompletionResult partialResult) {
            error.complete(failure);
            partial.complete(partialResult);
        }
    }
}

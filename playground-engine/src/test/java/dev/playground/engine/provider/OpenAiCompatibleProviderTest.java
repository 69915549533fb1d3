package dev.playground.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.prompt.RenderedMessage;
import dev.playground.engine.prompt.Role;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.OpenAiWireServer.Reply;
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

class OpenAiCompatibleProviderTest {
    private OpenAiWireServer server;
    private ModelGateway gateway;
    private Connection connection;

    @BeforeEach
    void start() {
        server = OpenAiWireServer.start();
        SecretResolver secrets = new SecretResolver(Map.of("TEST_KEY", "sk-test-secret-123456789"));
        TokenCounter tokens = new TokenCounter();
        gateway = new ModelGateway(secrets, List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)), new DryRunProvider(tokens)));
        connection = Connection.openAiCompatible("local", "Local", server.baseUrl(), "TEST_KEY", "test-model");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CompletionRequest request(ModelSettings settings) {
        return new CompletionRequest(connection, "test-model", settings,
                List.of(new RenderedMessage(Role.SYSTEM, "Be brief."), new RenderedMessage(Role.USER, "Say hello")));
    }

    @Test
    void streams_tokens_in_order_and_reports_usage_and_timing() throws Exception {
        server.enqueue(Reply.stream("Hola", ", ", "mundo", "!"));
        Recorder recorder = new Recorder();

        CompletionResult result = gateway.stream(request(ModelSettings.DEFAULTS), recorder).result().get(10, TimeUnit.SECONDS);

        assertThat(recorder.tokens).containsExactly("Hola", ", ", "mundo", "!");
        assertThat(result.text()).isEqualTo("Hola, mundo!");
        assertThat(result.complete()).isTrue();
        assertThat(result.finishReason()).isEqualTo("stop");
        assertThat(result.usage().outputTokens()).isEqualTo(4);
        assertThat(result.usage().reported()).isTrue();
        assertThat(result.timeToFirstToken()).isNotNull().isLessThanOrEqualTo(result.latency());
    }

    @Test
    void sends_the_chosen_parameters_messages_and_key() throws Exception {
        gateway.stream(request(new ModelSettings(0.2, 0.9, null, 77, List.of("END"), null, null, null, null)), new Recorder()).result().get(10, TimeUnit.SECONDS);

        var sent = server.lastRequest();
        assertThat(sent.body().path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(sent.body().path("top_p").asDouble()).isEqualTo(0.9);
        assertThat(sent.body().path("max_tokens").asInt()).isEqualTo(77);
        assertThat(sent.body().path("stop").get(0).asText()).isEqualTo("END");
        assertThat(sent.body().path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(sent.body().path("messages").get(1).path("content").asText()).isEqualTo("Say hello");
        assertThat(sent.streaming()).isTrue();
        assertThat(sent.authorization()).isEqualTo("Bearer sk-test-secret-123456789");
    }

    @Test
    void a_rejected_key_gives_an_actionable_message_without_the_key() {
        server.enqueue(Reply.error(401, "Incorrect API key provided: sk-test-secret-123456789"));
        Recorder recorder = new Recorder();

        CompletableFuture<CompletionResult> result = gateway.stream(request(ModelSettings.DEFAULTS), recorder).result();

        assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ProviderException.class)
                .hasMessageContaining("refused the API key").hasMessageContaining("TEST_KEY")
                .hasMessageNotContaining("sk-test-secret-123456789");
        assertThat(recorder.error.getNow(null).kind()).isEqualTo(ProviderException.Kind.AUTHENTICATION);
    }

    @Test
    void a_server_error_is_reported_as_such() {
        server.enqueue(Reply.error(500, "boom"));
        CompletableFuture<CompletionResult> result = gateway.stream(request(ModelSettings.DEFAULTS), new Recorder()).result();
        assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(ProviderException.class).hasMessageContaining("server error");
    }

    @Test
    void a_dead_endpoint_says_the_server_cannot_be_reached() {
        server.close();
        CompletableFuture<CompletionResult> result = gateway.stream(request(ModelSettings.DEFAULTS), new Recorder()).result();
        assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(ProviderException.class).hasMessageContaining("Could not reach");
    }

    @Test
    void a_stream_cut_midway_keeps_the_partial_text_marked_incomplete() throws Exception {
        server.enqueue(Reply.cutAfter(2, "one ", "two ", "three"));
        Recorder recorder = new Recorder();

        var handle = gateway.stream(request(ModelSettings.DEFAULTS), recorder);

        assertThatThrownBy(() -> handle.result().get(10, TimeUnit.SECONDS)).cause().isInstanceOf(ProviderException.class);
        assertThat(recorder.partial.get(5, TimeUnit.SECONDS).text()).isEqualTo("one two ");
        assertThat(recorder.partial.get().complete()).isFalse();
    }

    @Test
    void cancel_stops_the_stream_and_keeps_what_arrived() throws Exception {
        server.enqueue(Reply.streamWithDelays(0, 200, "a", "b", "c", "d", "e", "f", "g", "h"));
        Recorder recorder = new Recorder();
        var handle = gateway.stream(request(ModelSettings.DEFAULTS), recorder);
        assertThat(recorder.firstToken.await(5, TimeUnit.SECONDS)).isTrue();

        handle.cancel();

        assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(ProviderException.class).extracting(e -> ((ProviderException) e).kind())
                .isEqualTo(ProviderException.Kind.CANCELLED);
        assertThat(recorder.partial.get(5, TimeUnit.SECONDS).text()).startsWith("a").hasSizeLessThan(8);
    }

    @Test
    void dry_run_returns_the_exact_request_without_calling_anything() throws Exception {
        Connection dry = Connection.dryRun();
        CompletionRequest request = new CompletionRequest(dry, "gpt-4o-mini", ModelSettings.of(0.3, 50).withSeed(7),
                List.of(new RenderedMessage(Role.USER, "¿Qué es MLflow?")));

        CompletionResult result = gateway.stream(request, new Recorder()).result().get();

        assertThat(result.text()).contains("\"model\" : \"gpt-4o-mini\"", "\"temperature\" : 0.3", "\"max_tokens\" : 50",
                "\"seed\" : 7", "¿Qué es MLflow?");
        assertThat(result.usage().inputTokens()).isPositive();
        assertThat(server.requests()).isEmpty();
    }

    static final class Recorder implements CompletionListener {
        final List<String> tokens = new CopyOnWriteArrayList<>();
        final CountDownLatch firstToken = new CountDownLatch(1);
        final CompletableFuture<ProviderException> error = new CompletableFuture<>();
        final CompletableFuture<CompletionResult> partial = new CompletableFuture<>();

        @Override
        public void onToken(String token) {
            tokens.add(token);
            firstToken.countDown();
        }

        @Override
        public void onComplete(CompletionResult result) {}

        @Override
        public void onError(ProviderException failure, CompletionResult partialResult) {
            error.complete(failure);
            partial.complete(partialResult);
        }
    }
}

package dev.playground.engine.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.local.testkit.Recorder;
import dev.playground.engine.local.testkit.TinyChatModel;
import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local provider on a real (generated) GGUF through the real llama.cpp binding. */
class LlamaChatProviderTest {
    @TempDir static Path dir;
    static Path model;
    static LlamaChatProvider provider;

    @BeforeAll
    static void loadModel() {
        model = TinyChatModel.write(dir.resolve("tiny-chat.gguf"));
        provider = new LlamaChatProvider(() -> new LocalModelSettings(1, 512, 0), new MemoryCheck(() -> 64L << 30));
    }

    @AfterAll
    static void unload() {
        provider.close();
    }

    static CompletionRequest request(ModelSettings settings) {
        Connection local = new Connection("local-tiny", "local-tiny", ProviderKind.LOCAL, "", "", model.toString());
        return new CompletionRequest(local, null, settings, List.of(
                new RenderedMessage(Role.SYSTEM, "Answer in one line."), new RenderedMessage(Role.USER, "Say hello to the world.")));
    }

    static CompletionResult run(ModelSettings settings, Recorder recorder) {
        CompletionRequest request = request(settings);
        provider.check(request);
        return provider.stream(request, null, recorder).result().orTimeout(60, TimeUnit.SECONDS).join();
    }

    static ModelSettings greedy(int maxTokens) {
        return new ModelSettings(0.0, null, null, maxTokens, List.of(), 1, null, null, null);
    }

    @Test
    void streamsTheAnswerAndCountsTokensWithTheModelsTokenizer() {
        Recorder recorder = new Recorder();
        CompletionResult result = run(greedy(12), recorder);

        assertThat(recorder.tokens).hasSizeGreaterThan(1);
        assertThat(result.text()).isEqualTo(recorder.text()).isNotBlank();
        assertThat(recorder.completed).isSameAs(result);
        assertThat(result.complete()).isTrue();
        assertThat(result.finishReason()).isEqualTo("length");
        assertThat(result.usage().reported()).isTrue();
        assertThat(result.usage().inputTokens()).isGreaterThan(10); // the chat template's markers and both messages
        assertThat(result.usage().outputTokens()).isPositive();
        assertThat(result.timeToFirstToken()).isNotNull();
        assertThat(result.latency()).isGreaterThanOrEqualTo(result.timeToFirstToken());
    }

    @Test
    void theSameSeedGivesTheSameAnswerWhenSampling() {
        ModelSettings sampled = new ModelSettings(1.0, 0.95, 40, 16, List.of(), 7, null, null, null);
        String first = run(sampled, new Recorder()).text();
        String second = run(sampled, new Recorder()).text();
        String otherSeed = run(sampled.withSeed(8), new Recorder()).text();

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void aStopSequenceEndsTheAnswerBeforeIt() {
        Recorder full = new Recorder();
        run(greedy(24), full);
        String stop = full.tokens.stream().skip(4).map(String::strip).filter(t -> t.length() > 1).findFirst().orElseThrow();
        String expected = full.text().substring(0, full.text().indexOf(stop));

        CompletionResult stopped = run(greedy(24).withStopSequences(List.of(stop)), new Recorder());

        assertThat(stopped.text()).isEqualTo(expected);
        assertThat(stopped.finishReason()).isEqualTo("stop");
    }

    @Test
    void cancellingEndsTheCallWithTheTextSoFarAndFreesTheModel() {
        Recorder recorder = new Recorder();
        // The tokens can arrive before stream() returns the handle: the listener waits for it rather than racing.
        CompletableFuture<CompletionHandle> handle = new CompletableFuture<>();
        Recorder cancelling = new Recorder(r -> {
            if (r.tokens.size() == 3) handle.orTimeout(60, TimeUnit.SECONDS).join().cancel();
        });
        handle.complete(provider.stream(request(greedy(400)), null, cancelling));
        assertThatThrownBy(() -> handle.join().result().orTimeout(60, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(ProviderException.class)
                .extracting(e -> ((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.CANCELLED);
        assertThat(cancelling.partial.complete()).isFalse();
        assertThat(cancelling.partial.text()).startsWith(String.join("", cancelling.tokens.subList(0, 3)));

        CompletionResult after = run(greedy(4), recorder);
        assertThat(after.complete()).isTrue();
    }

    @Test
    void aJsonSchemaIsEnforcedByGrammar() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\",\"enum\":[\"yes\",\"no\"]}},"
                + "\"required\":[\"answer\"]}";
        ModelSettings json = new ModelSettings(1.0, null, null, 64, List.of(), 3, null, null, schema);

        CompletionResult result = run(json, new Recorder());

        JsonNode answer = new ObjectMapper().readTree(result.text());
        assertThat(answer.get("answer").asText()).isIn("yes", "no");
        assertThat(result.finishReason()).isEqualTo("stop");
    }

    @Test
    void plainJsonModeStartsAnObject() {
        CompletionResult result = run(greedy(24).withResponseFormat("json"), new Recorder());

        assertThat(result.text().strip()).startsWith("{");
    }

    @Test
    void aBadSchemaIsRefusedBeforeLoading() {
        assertThatThrownBy(() -> provider.check(request(greedy(4).withResponseFormat("{not json"))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("JSON schema");
    }
}

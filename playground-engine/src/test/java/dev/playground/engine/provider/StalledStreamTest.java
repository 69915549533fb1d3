package dev.playground.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.ChatProviderContract.Recorder;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A stream that stops sending after its first token ends at the connection's timeout, not the total one. */
class StalledStreamTest {
    @Test
    void a_stream_that_stalls_after_its_first_token_ends_at_the_connection_timeout_with_a_plain_message() throws Exception {
        List<RunRecord> runs = new CopyOnWriteArrayList<>();
        try (OpenAiWireServer server = OpenAiWireServer.start()) {
            TokenCounter tokens = new TokenCounter();
            ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                    List.of(new OpenAiCompatibleProvider(ProviderKind.OPENAI_COMPATIBLE, tokens, Duration.ofSeconds(5), Map.of())),
                    GatewayPolicy.DEFAULT, runs::add, PriceTable::defaults);
            Connection connection = Connection.openAiCompatible("loop", "Loopback", server.baseUrl(), "", "m");
            // The total limit (60 s) would end it much later; the connection's 2.5 s silence limit (room for a first call's warm-up) ends it first.
            gateway.setPolicy(connection.id(), GatewayPolicy.DEFAULT.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(2500), Duration.ofSeconds(60)));
            server.enqueue(ScriptedReply.streamWithDelays(0, 20_000, "first ", "never"));
            Recorder recorder = new Recorder();

            long start = System.nanoTime();
            ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> gateway.stream(
                    new CompletionRequest(connection, "m", ModelSettings.DEFAULTS, List.of(new RenderedMessage(Role.USER, "q"))), recorder, "stall")
                    .result().get(30, TimeUnit.SECONDS));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("ended by the silence limit").isLessThan(Duration.ofSeconds(15));
            ProviderException error = (ProviderException) failure.getCause();
            assertThat(error.kind()).isEqualTo(ProviderException.Kind.TIMEOUT);
            assertThat(error.getMessage()).contains("stopped sending").contains("2.5 s").doesNotContain("Exception");
            assertThat(String.join("", recorder.tokens)).isEqualTo("first ");
        }
        assertThat(runs).singleElement().satisfies(run -> assertThat(run.status()).isIn(RunStatus.INCOMPLETE, RunStatus.ERROR));
    }
}

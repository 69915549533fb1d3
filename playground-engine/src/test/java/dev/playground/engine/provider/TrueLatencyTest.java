package dev.playground.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.ChatProviderContract.Recorder;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The latency and first-token time a user sees are the server's plus the network's, never time spent queued in our limiter. */
class TrueLatencyTest {

    @Test
    void first_token_time_does_not_count_waiting_for_a_free_request_slot() throws Exception {
        try (OpenAiWireServer server = OpenAiWireServer.start()) {
            // The first answer holds the only slot for 1.5 s; the second is queued behind it, then answers after 50 ms.
            server.enqueue(ScriptedReply.streamWithDelays(1500, 0, "slow")).enqueue(ScriptedReply.streamWithDelays(50, 0, "quick"));
            ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                    List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(5))),
                    GatewayPolicy.DEFAULT.withLimits(1, 0), RunLog.NONE, PriceTable::defaults);
            Connection connection = Connection.openAiCompatible("loop", "Loopback", server.baseUrl(), "", "test-model");

            long start = System.nanoTime();
            CompletionHandle first = gateway.stream(request(connection, "first"), new Recorder());
            Thread.sleep(100);
            CompletionHandle second = gateway.stream(request(connection, "second"), new Recorder());
            CompletionResult slow = first.result().get(20, TimeUnit.SECONDS);
            CompletionResult quick = second.result().get(20, TimeUnit.SECONDS);
            Duration secondWall = Duration.ofNanos(System.nanoTime() - start);

            assertThat(slow.text()).isEqualTo("slow");
            assertThat(quick.text()).isEqualTo("quick");
            assertThat(secondWall).as("the second call really waited for the slot").isGreaterThan(Duration.ofMillis(1500));
            assertThat(quick.timeToFirstToken()).isBetween(Duration.ofMillis(50), Duration.ofMillis(1000));
            assertThat(quick.latency()).isBetween(Duration.ofMillis(50), Duration.ofMillis(1000));
            assertThat(slow.timeToFirstToken()).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        }
    }

    @Test
    void a_byte_counts_as_arrived_when_the_network_handed_it_over_not_when_it_was_read() throws Exception {
        long[] now = {1_000};
        ArrivalStampedBody body = new ArrivalStampedBody(() -> now[0]);
        var subscriber = body.subscriber();
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
        });
        InputStream in = subscriber.getBody().toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(body.arrivalOfRead()).isZero();

        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[6]), ByteBuffer.wrap(new byte[4])));
        now[0] = 5_000; // time passes while the parser is busy elsewhere; reading later does not move the arrival
        assertThat(in.readNBytes(5)).hasSize(5);
        assertThat(body.arrivalOfRead()).isEqualTo(1_000);
        assertThat(in.readNBytes(5)).hasSize(5);
        assertThat(body.arrivalOfRead()).isEqualTo(1_000);

        now[0] = 2_000;
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[10])));
        subscriber.onComplete();
        now[0] = 9_000;
        assertThat(in.read()).isZero();
        assertThat(body.arrivalOfRead()).isEqualTo(2_000);
        assertThat(in.readAllBytes()).hasSize(9);
        assertThat(body.arrivalOfRead()).isEqualTo(2_000);
    }

    private static CompletionRequest request(Connection connection, String question) {
        return new CompletionRequest(connection, "test-model", ModelSettings.of(0.2, 16), List.of(new RenderedMessage(Role.USER, question)));
    }
}

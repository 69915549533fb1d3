package dev.playground.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.engine.task.InFlightCalls;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.ChatProviderContract.Recorder;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the command line's Ctrl+C relies on: every call through the gateway can be stopped from its registry. */
class StopAllCallsTest {
    private final List<RunRecord> runs = new CopyOnWriteArrayList<>();
    private final InFlightCalls inFlight = new InFlightCalls();
    private OpenAiWireServer server;
    private ModelGateway gateway;
    private Connection connection;

    @BeforeEach
    void start() {
        server = OpenAiWireServer.start();
        gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(5))),
                GatewayPolicy.DEFAULT, runs::add, PriceTable::defaults, inFlight);
        connection = new Connection("local", "Local server", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "", "test-model");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CompletionHandle call(String question) {
        return gateway.stream(new CompletionRequest(connection, "test-model", ModelSettings.DEFAULTS,
                List.of(new RenderedMessage(Role.USER, question))), new Recorder(), "greeting");
    }

    @Test
    void stop_all_ends_every_call_and_returns_once_each_is_in_the_run_log_as_cancelled() throws Exception {
        // Both answers are held after their first token: only a stop ends them.
        server.enqueue(ScriptedReply.streamWithDelays(0, 120_000, "Hola ", "mundo"))
                .enqueue(ScriptedReply.streamWithDelays(0, 120_000, "Hi ", "there"));
        CompletionHandle first = call("one");
        CompletionHandle second = call("two");
        assertThat(server.awaitRequests(2, Duration.ofSeconds(30))).isTrue();
        assertThat(gateway.inFlight().size()).isEqualTo(2);

        InFlightCalls.StopReport report = inFlight.stopAll("Stopped because the command was interrupted.", Duration.ofSeconds(30));

        assertThat(report.stopped()).containsExactlyInAnyOrder("the call to test-model on Local server", "the call to test-model on Local server");
        assertThat(report.unfinished()).isEmpty();
        // By the time stopAll returns, both entries are written: no waiting on the futures first.
        assertThat(runs).hasSize(2).allSatisfy(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(run.error()).isEqualTo("Stopped because the command was interrupted.");
        });
        for (CompletionHandle handle : List.of(first, second)) {
            assertThatThrownBy(() -> handle.result().get(30, TimeUnit.SECONDS)).cause().isInstanceOf(ProviderException.class)
                    .extracting(e -> ((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.CANCELLED);
        }
        assertThat(inFlight.size()).isZero();
    }

    @Test
    void a_call_started_while_stopping_is_recorded_as_cancelled_and_never_sent() throws Exception {
        inFlight.stopAll("Stopped because the command was interrupted.", Duration.ZERO);

        CompletionHandle late = call("late");

        assertThatThrownBy(() -> late.result().get(30, TimeUnit.SECONDS)).cause().isInstanceOf(ProviderException.class);
        assertThat(runs).singleElement().extracting(RunRecord::status).isEqualTo(RunStatus.CANCELLED);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void a_finished_call_leaves_the_registry() throws Exception {
        call("quick").result().get(30, TimeUnit.SECONDS);

        assertThat(inFlight.size()).isZero();
        assertThat(runs).singleElement().extracting(RunRecord::status).isEqualTo(RunStatus.OK);
    }
}

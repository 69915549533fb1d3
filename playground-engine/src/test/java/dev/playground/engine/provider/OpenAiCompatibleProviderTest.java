package dev.playground.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.ChatProviderContract.Recorder;
import dev.playground.testkit.OpenAiWireServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The wire behaviour of OpenAI-compatible servers is covered by the contract tests; this checks the dry run beside them. */
class OpenAiCompatibleProviderTest {
    @Test
    void dry_run_returns_the_exact_request_without_calling_anything() throws Exception {
        try (OpenAiWireServer server = OpenAiWireServer.start()) {
            TokenCounter tokens = new TokenCounter();
            ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                    List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(5)), new DryRunProvider(tokens)));
            CompletionRequest request = new CompletionRequest(Connection.dryRun(), "gpt-4o-mini", ModelSettings.of(0.3, 50).withSeed(7),
                    List.of(new RenderedMessage(Role.USER, "¿Qué es MLflow?")));

            CompletionResult result = gateway.stream(request, new Recorder()).result().get(10, TimeUnit.SECONDS);

            assertThat(result.text()).contains("\"model\" : \"gpt-4o-mini\"", "\"temperature\" : 0.3", "\"max_tokens\" : 50",
                    "\"seed\" : 7", "¿Qué es MLflow?");
            assertThat(result.usage().inputTokens()).isPositive();
            assertThat(server.requests()).isEmpty();
        }
    }
}

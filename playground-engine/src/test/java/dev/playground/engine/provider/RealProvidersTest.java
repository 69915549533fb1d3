package dev.playground.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.ChatProviderContract.Recorder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calls the real services, which may cost money: only when asked for with {@code -Dplayground.paidTests=true}
 * (a key that happens to be in the environment is not enough), and then each only when its key is there.
 */
@EnabledIfSystemProperty(named = "playground.paidTests", matches = "true",
        disabledReason = "calls paid APIs: run with -Dplayground.paidTests=true and the providers' keys in the environment")
class RealProvidersTest {
    private final TokenCounter tokens = new TokenCounter();
    private final ModelGateway gateway = new ModelGateway(SecretResolver.fromSystemEnvironment(), List.of(
            new OpenAiCompatibleProvider(ProviderKind.OPENAI, tokens, Duration.ofSeconds(10), System.getenv()),
            new OpenAiCompatibleProvider(ProviderKind.DATABRICKS, tokens, Duration.ofSeconds(10), System.getenv()),
            new AnthropicProvider(tokens, Duration.ofSeconds(10)), new GeminiProvider(tokens, Duration.ofSeconds(10)),
            new OllamaProvider(tokens, Duration.ofSeconds(10))));

    private CompletionResult ask(Connection connection) throws Exception {
        CompletionRequest request = new CompletionRequest(connection, null, ModelSettings.of(0.0, 20),
                List.of(new RenderedMessage(Role.USER, "Reply with the single word: pong")));
        return gateway.stream(request, new Recorder()).result().get(60, TimeUnit.SECONDS);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "OPENAI_API_KEY", matches = ".+")
    void openai() throws Exception {
        assertThat(ask(new Connection("openai", "OpenAI", ProviderKind.OPENAI, "", "OPENAI_API_KEY", "gpt-4o-mini")).text()).isNotBlank();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "ANTHROPIC_API_KEY", matches = ".+")
    void anthropic() throws Exception {
        assertThat(ask(new Connection("anthropic", "Anthropic", ProviderKind.ANTHROPIC, "", "ANTHROPIC_API_KEY", "claude-haiku-4-5")).text())
                .isNotBlank();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "GEMINI_API_KEY", matches = ".+")
    void gemini() throws Exception {
        assertThat(ask(new Connection("gemini", "Gemini", ProviderKind.GEMINI, "", "GEMINI_API_KEY", "gemini-2.5-flash")).text()).isNotBlank();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "DATABRICKS_TOKEN", matches = ".+")
    @EnabledIfEnvironmentVariable(named = "DATABRICKS_HOST", matches = ".+")
    void databricks() throws Exception {
        Connection workspace = new Connection("databricks", "Databricks", ProviderKind.DATABRICKS, "", "DATABRICKS_TOKEN",
                System.getenv().getOrDefault("DATABRICKS_ENDPOINT", "databricks-meta-llama-3-3-70b-instruct"));
        assertThat(gateway.testConnection(workspace).models()).isNotEmpty();
        assertThat(ask(workspace).text()).isNotBlank();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "OLLAMA_MODEL", matches = ".+")
    void ollama() throws Exception {
        Connection local = new Connection("ollama", "Ollama", ProviderKind.OLLAMA, System.getenv().getOrDefault("OLLAMA_HOST", ""), "",
                System.getenv("OLLAMA_MODEL"));
        assertThat(gateway.testConnection(local).models()).contains(System.getenv("OLLAMA_MODEL"));
        assertThat(ask(local).text()).isNotBlank();
    }
}

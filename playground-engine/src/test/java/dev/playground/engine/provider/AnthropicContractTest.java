package dev.playground.engine.provider;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.ChatProviderContract;
import dev.playground.testkit.AnthropicWireServer;
import dev.playground.testkit.WireServer;
import dev.playground.testkit.WireServer.RecordedRequest;
import java.time.Duration;
import java.util.Map;

class AnthropicContractTest extends ChatProviderContract {
    @Override
    protected WireServer startServer() {
        return AnthropicWireServer.start();
    }

    @Override
    protected ChatProvider provider(TokenCounter tokens) {
        return new AnthropicProvider(tokens, Duration.ofSeconds(15));
    }

    @Override
    protected Connection connection(WireServer server) {
        return new Connection("c-Anthropic", "Anthropic test", ProviderKind.ANTHROPIC, server.baseUrl(), KEY_ENV, "claude-haiku-4-5");
    }

    @Override
    protected double sentTemperature(RecordedRequest request) {
        return request.body().path("temperature").asDouble();
    }

    @Override
    protected int sentMaxTokens(RecordedRequest request) {
        return request.body().path("max_tokens").asInt();
    }

    @Override
    protected String sentKey(RecordedRequest request) {
        return request.header("x-api-key");
    }
}

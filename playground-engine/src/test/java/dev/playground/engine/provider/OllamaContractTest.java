package dev.playground.engine.provider;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.ChatProviderContract;
import dev.playground.testkit.OllamaWireServer;
import dev.playground.testkit.WireServer;
import dev.playground.testkit.WireServer.RecordedRequest;
import java.time.Duration;
import java.util.Map;

class OllamaContractTest extends ChatProviderContract {
    @Override
    protected WireServer startServer() {
        return OllamaWireServer.start();
    }

    @Override
    protected ChatProvider provider(TokenCounter tokens) {
        return new OllamaProvider(tokens, Duration.ofSeconds(5));
    }

    @Override
    protected Connection connection(WireServer server) {
        return new Connection("c-Ollama", "Ollama test", ProviderKind.OLLAMA, server.baseUrl(), KEY_ENV, "llama3.2");
    }

    @Override
    protected double sentTemperature(RecordedRequest request) {
        return request.body().path("options").path("temperature").asDouble();
    }

    @Override
    protected int sentMaxTokens(RecordedRequest request) {
        return request.body().path("options").path("num_predict").asInt();
    }

    @Override
    protected String sentKey(RecordedRequest request) {
        return request.authorization().substring("Bearer ".length());
    }
}

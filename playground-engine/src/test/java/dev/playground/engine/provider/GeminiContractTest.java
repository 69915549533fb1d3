package dev.playground.engine.provider;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.ChatProviderContract;
import dev.playground.testkit.GeminiWireServer;
import dev.playground.testkit.WireServer;
import dev.playground.testkit.WireServer.RecordedRequest;
import java.time.Duration;
import java.util.Map;

class GeminiContractTest extends ChatProviderContract {
    @Override
    protected WireServer startServer() {
        return GeminiWireServer.start();
    }

    @Override
    protected ChatProvider provider(TokenCounter tokens) {
        return new GeminiProvider(tokens, Duration.ofSeconds(5));
    }

    @Override
    protected Connection connection(WireServer server) {
        return new Connection("c-Gemini", "Gemini test", ProviderKind.GEMINI, server.baseUrl(), KEY_ENV, "gemini-2.5-flash");
    }

    @Override
    protected double sentTemperature(RecordedRequest request) {
        return request.body().path("generationConfig").path("temperature").asDouble();
    }

    @Override
    protected int sentMaxTokens(RecordedRequest request) {
        return request.body().path("generationConfig").path("maxOutputTokens").asInt();
    }

    @Override
    protected String sentKey(RecordedRequest request) {
        return request.header("x-goog-api-key");
    }
}

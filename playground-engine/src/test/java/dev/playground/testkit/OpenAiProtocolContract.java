package dev.playground.testkit;

import dev.playground.testkit.WireServer.RecordedRequest;

/** The contract for adapters that speak OpenAI chat completions (OpenAI, compatible servers, Databricks). */
public abstract class OpenAiProtocolContract extends ChatProviderContract {
    @Override
    protected WireServer startServer() {
        return OpenAiWireServer.start();
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
        return request.authorization().substring("Bearer ".length());
    }
}

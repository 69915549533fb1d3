package dev.playground.engine.provider;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.OpenAiProtocolContract;
import dev.playground.testkit.WireServer;
import java.time.Duration;
import java.util.Map;

class OpenAiContractTest extends OpenAiProtocolContract {
    @Override
    protected ChatProvider provider(TokenCounter tokens) {
        return new OpenAiCompatibleProvider(ProviderKind.OPENAI, tokens, Duration.ofSeconds(15), Map.of());
    }

    @Override
    protected Connection connection(WireServer server) {
        return new Connection("c-OpenAi", "OpenAi test", ProviderKind.OPENAI, server.baseUrl(), KEY_ENV, "gpt-4o-mini");
    }
}

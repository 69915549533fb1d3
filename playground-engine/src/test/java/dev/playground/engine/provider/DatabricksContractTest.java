package dev.playground.engine.provider;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.OpenAiProtocolContract;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.WireServer;
import java.time.Duration;
import java.util.Map;

class DatabricksContractTest extends OpenAiProtocolContract {
    @Override
    protected ChatProvider provider(TokenCounter tokens) {
        return new OpenAiCompatibleProvider(ProviderKind.DATABRICKS, tokens, Duration.ofSeconds(15), Map.of());
    }

    @Override
    protected Connection connection(WireServer server) {
        return new Connection("c-Databricks", "Databricks test", ProviderKind.DATABRICKS, ((OpenAiWireServer) server).databricksHost(), KEY_ENV, "databricks-meta-llama-3-3-70b-instruct");
    }
}

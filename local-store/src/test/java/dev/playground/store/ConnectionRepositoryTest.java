package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.GatewayPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionRepositoryTest {
    @TempDir Path dataDir;

    @Test
    void connections_and_their_policies_survive_a_reopen() {
        GatewayPolicy strict = GatewayPolicy.DEFAULT.withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(7), Duration.ofSeconds(90))
                .withRetries(1, GatewayPolicy.DEFAULT.initialBackoff(), GatewayPolicy.DEFAULT.maxBackoff())
                .withLimits(2, 30).withCache(true);
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.connections().saveAll(List.of(new Connection("db", "Workspace", ProviderKind.DATABRICKS, "", "DATABRICKS_TOKEN", "databricks-dbrx")));
            store.connections().savePolicies(Map.of("db", strict));
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.connections().all()).extracting(Connection::kind).containsExactly(ProviderKind.DATABRICKS);
            assertThat(store.connections().policies()).containsEntry("db", strict);
        }
    }

    @Test
    void an_impossible_stored_policy_falls_back_to_the_defaults() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.settings().put("connection-policies", "{\"a\":{\"connectTimeoutMs\":1000,\"firstTokenTimeoutMs\":1000,"
                    + "\"totalTimeoutMs\":1000,\"maxRetries\":-4,\"maxConcurrent\":1,\"requestsPerMinute\":0,\"cacheResponses\":false}}");
            assertThat(store.connections().policies()).isEmpty();
        }
    }

    @Test
    void guardrails_per_connection_survive_a_reopen_and_an_unknown_rail_is_dropped() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.connections().saveGuardPolicies(Map.of("db", GuardPolicy.parse("pii=mask,injection=block")));
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.connections().guardPolicies().get("db")).hasToString("pii=mask,injection=block");
            store.settings().put("connection-guardrails", "{\"a\":\"pii=shred\",\"b\":\"banned=flag\"}");
            assertThat(store.connections().guardPolicies()).containsOnlyKeys("b");
        }
    }
}

package dev.playground.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.testkit.OllamaWireServer;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionDiscoveryTest {
    @Test
    void a_local_ollama_that_answers_is_offered_as_a_native_connection() {
        try (OllamaWireServer ollama = OllamaWireServer.start()) {
            ConnectionDiscovery discovery = new ConnectionDiscovery(new SecretResolver(Map.of()), ollama.baseUrl());
            assertThat(discovery.localOllama()).get().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(ProviderKind.OLLAMA);
                assertThat(c.baseUrl()).isEqualTo(ollama.baseUrl());
            });
            assertThat(discovery.firstLaunchConnections()).extracting(Connection::id).containsExactly("dry-run", "ollama", "custom");
        }
    }

    @Test
    void without_a_server_nothing_is_probed_and_openai_appears_only_with_its_key_variable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectionDiscovery bare = new ConnectionDiscovery(new SecretResolver(Map.of()), "http://127.0.0.1:" + closedPort);
        assertThat(bare.localOllama()).isEmpty();
        assertThat(bare.withoutProbing()).extracting(Connection::id).containsExactly("dry-run", "custom");
        ConnectionDiscovery withKey = new ConnectionDiscovery(new SecretResolver(Map.of("OPENAI_API_KEY", "sk-test-0123456789abcdef")),
                "http://127.0.0.1:" + closedPort);
        assertThat(withKey.withoutProbing()).extracting(Connection::id).containsExactly("dry-run", "openai", "custom");
    }
}

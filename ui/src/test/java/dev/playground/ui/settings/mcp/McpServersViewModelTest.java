package dev.playground.ui.settings.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.secrets.SecretStore;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.testkit.McpToolServer;
import dev.playground.ui.common.I18n;
import dev.playground.ui.testing.FxThreadStandIn;
import dev.playground.ui.tools.McpCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Settings › MCP servers with the synchronous executor, the real store and the test kit's MCP server. */
@ExtendWith(FxThreadStandIn.class)
class McpServersViewModelTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private final Map<String, String> keychain = new ConcurrentHashMap<>();
    private McpServersViewModel viewModel;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        SecretStore secrets = new SecretStore() {
            @Override public Optional<String> get(String name) { return Optional.ofNullable(keychain.get(name)); }
            @Override public void put(String name, String secret) { keychain.put(name, secret); }
            @Override public void delete(String name) { keychain.remove(name); }
            @Override public String description() { return "test keychain"; }
        };
        viewModel = new McpServersViewModel(new McpCatalog(store.mcpServers(), new SecretResolver(Map.of(), secrets)),
                new CurrentThreadTaskExecutor(), new I18n(Locale.ENGLISH));
        viewModel.load().join();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_local_command_is_saved_tested_and_removed_like_playground_mcp_does() {
        viewModel.startNew();
        viewModel.nameProperty().set("kit");
        viewModel.commandProperty().set(String.join(" ", McpToolServer.command().stream().map(w -> w.contains(" ") ? "\"" + w + "\"" : w).toList()));

        viewModel.test().join();
        assertThat(viewModel.tools()).extracting(ToolDefinition::name).containsExactlyInAnyOrder("get_weather", "get_time");
        assertThat(viewModel.statusProperty().get()).isEqualTo("kit offers 2 tools.");
        assertThat(viewModel.failedProperty().get()).isFalse();

        viewModel.save().join();
        assertThat(store.mcpServers().find("kit").orElseThrow().command()).isEqualTo(McpToolServer.command());
        assertThat(viewModel.servers()).extracting(McpServerConfig::name).containsExactly("kit");

        viewModel.selectedProperty().set(viewModel.servers().getFirst());
        viewModel.remove().join();
        assertThat(store.mcpServers().all()).isEmpty();
        assertThat(viewModel.statusProperty().get()).startsWith("Removed the MCP server kit");
    }

    @Test
    void a_url_servers_header_values_go_to_the_keychain_and_only_their_names_to_the_store() throws Exception {
        viewModel.startNew();
        viewModel.nameProperty().set("remote");
        viewModel.transportProperty().set(McpServerConfig.Transport.HTTP);
        viewModel.urlProperty().set("https://mcp.example.com/mcp");
        viewModel.addHeader();
        viewModel.headers().getFirst().name().set("Authorization");
        viewModel.headers().getFirst().value().set("Bearer s3cret-token");

        viewModel.save().join();

        McpServerConfig saved = store.mcpServers().find("remote").orElseThrow();
        assertThat(saved.headerNames()).containsExactly("Authorization");
        assertThat(keychain).containsEntry(saved.secretAccount("Authorization"), "Bearer s3cret-token");
        assertThat(viewModel.headers().getFirst().value().get()).isEmpty();
        store.close();
        try (var files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("s3cret-token");
            }
        }
        store = LocalStore.open(dataDir);
    }

    @Test
    void what_is_missing_is_said_before_anything_is_saved() {
        viewModel.startNew();
        viewModel.nameProperty().set("bad name");
        viewModel.save().join();
        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).contains("Give the server a name").contains("Write the command");

        viewModel.transportProperty().set(McpServerConfig.Transport.HTTP);
        viewModel.nameProperty().set("remote");
        viewModel.urlProperty().set("mcp.example.com");
        viewModel.save().join();
        assertThat(viewModel.statusProperty().get()).contains("http://");
        assertThat(store.mcpServers().all()).isEmpty();
    }
}

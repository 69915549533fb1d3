package dev.playground.ui.settings.connections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.secrets.EncryptedFileSecretStore;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Connections tab's logic with the synchronous executor and no stage: list, form, keys, test. */
class ConnectionsViewModelTest {
    private static final String KEY = "sk-vmtest-2b7c41e9";

    @TempDir Path dataDir;
    private LocalStore store;
    private SecretResolver secrets;
    private ModelGateway gateway;
    private final ObservableList<Connection> connections = FXCollections.observableArrayList(Connection.dryRun());
    private ConnectionsViewModel viewModel;

    @BeforeEach
    void setUp() {
        UiThread.standInOnThisThread();
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.copyOf(connections));
        secrets = new SecretResolver(Map.of(), new EncryptedFileSecretStore(dataDir.resolve("secrets")));
        gateway = new ModelGateway(secrets, List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(5))));
        viewModel = new ConnectionsViewModel(connections, store.connections(), gateway, new CurrentThreadTaskExecutor());
        viewModel.setI18n(new I18n(Locale.ENGLISH));
    }

    @AfterEach
    void tearDown() {
        UiThread.endStandIn();
        store.close();
    }

    @Test
    void names_the_app_gave_are_shown_in_the_window_language_and_typed_names_as_typed() {
        viewModel.setI18n(new I18n(Locale.forLanguageTag("es")));
        Connection seeded = Connection.openAiCompatible("local", "OpenAI-compatible server", "http://127.0.0.1:9/v1", "", "m");
        Connection typed = Connection.openAiCompatible("mine", "Mi servidor", "http://127.0.0.1:9/v1", "", "m");
        connections.addAll(seeded, typed);

        viewModel.selectedProperty().set(connections.get(0));
        assertThat(viewModel.form().nameProperty().get()).isEqualTo("Simulación");
        viewModel.selectedProperty().set(seeded);
        assertThat(viewModel.form().nameProperty().get()).isEqualTo("Compatible con OpenAI");
        assertThat(viewModel.form().dirtyProperty().get()).as("showing a translated name is not an edit").isFalse();
        viewModel.selectedProperty().set(typed);
        assertThat(viewModel.form().nameProperty().get()).isEqualTo("Mi servidor");

        viewModel.add(ConnectionPreset.OTHER_COMPATIBLE);
        assertThat(viewModel.form().nameProperty().get()).as("a new connection's name is Spanish too").isEqualTo("Compatible con OpenAI 2");
        viewModel.add(ConnectionPreset.LLAMA_CPP);
        assertThat(viewModel.form().nameProperty().get()).isEqualTo("Servidor llama.cpp");
    }

    @Test
    void a_new_connection_is_saved_with_its_policy_and_its_key_goes_to_the_key_store_only() {
        viewModel.add(ConnectionPreset.VLLM);
        ConnectionForm form = viewModel.form();
        assertThat(viewModel.creatingProperty().get()).isTrue();
        assertThat(form.nameProperty().get()).isEqualTo("vLLM");
        assertThat(form.dirtyProperty().get()).isTrue();
        form.apiKeyProperty().set(KEY);
        form.totalTimeoutProperty().set("12,5");
        form.retriesProperty().set("4");

        viewModel.save().join();

        Connection saved = connections.get(1);
        assertThat(saved.name()).isEqualTo("vLLM");
        assertThat(saved.id()).isEqualTo("vllm");
        assertThat(store.connections().all()).containsExactlyElementsOf(connections);
        GatewayPolicy policy = store.connections().policies().get("vllm");
        assertThat(policy.totalTimeout()).isEqualTo(Duration.ofMillis(12_500));
        assertThat(policy.maxRetries()).isEqualTo(4);
        assertThat(secrets.hasStoredKey("vllm")).isTrue();
        assertThat(form.apiKeyProperty().get()).as("the typed key is never shown back").isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(viewModel.selectedProperty().get()).isEqualTo(saved);
        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved \"vLLM\". The Playground and Compare pickers show it now.");
        assertThat(viewModel.keys().hasStoredKeyProperty().get()).isTrue();
        assertThat(viewModel.keys().statusProperty().get()).isEqualTo("Stored in the encrypted key file.");
    }

    @Test
    void guardrails_are_checked_saved_put_in_force_and_shown_again_without_counting_as_an_edit() {
        viewModel.add(ConnectionPreset.VLLM);
        ConnectionForm form = viewModel.form();
        form.guardrailsProperty().set("pii=shred");
        viewModel.save().join();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Guardrails: \"pii=shred\" is not understood. Write rail=action pairs such as "
                + "pii=mask,injection=block (rails pii, injection, banned, tokens; actions flag, mask, block).");
        assertThat(connections).hasSize(1);

        form.guardrailsProperty().set("pii=mask, injection=block");
        viewModel.save().join();

        assertThat(store.connections().guardPolicies().get("vllm")).hasToString("pii=mask,injection=block");
        assertThat(gateway.guardPolicy("vllm")).hasToString("pii=mask,injection=block");
        viewModel.selectedProperty().set(connections.get(0));
        assertThat(form.guardrailsProperty().get()).isEmpty();
        viewModel.selectedProperty().set(connections.get(1));
        assertThat(form.guardrailsProperty().get()).isEqualTo("pii=mask,injection=block");
        assertThat(form.dirtyProperty().get()).isFalse();

        form.guardrailsProperty().set("");
        viewModel.save().join();
        assertThat(store.connections().guardPolicies()).isEmpty();
        assertThat(gateway.guardPolicy("vllm").isEmpty()).isTrue();
    }

    @Test
    void a_second_connection_from_the_same_preset_gets_its_own_name_and_id() {
        viewModel.add(ConnectionPreset.VLLM);
        viewModel.save().join();
        viewModel.add(ConnectionPreset.VLLM);
        assertThat(viewModel.form().nameProperty().get()).isEqualTo("vLLM 2");
        viewModel.save().join();
        assertThat(connections).extracting(Connection::id).containsExactly("dry-run", "vllm", "vllm-2");
    }

    @Test
    void bad_input_is_refused_with_a_message_and_nothing_is_saved() {
        viewModel.add(ConnectionPreset.VLLM);
        ConnectionForm form = viewModel.form();
        form.baseUrlProperty().set("localhost:8000");
        viewModel.save().join();
        assertThat(viewModel.errorProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).isEqualTo("\"localhost:8000\" is not a web address: it should start with http:// or https://.");

        form.baseUrlProperty().set("http://localhost:8000/v1");
        form.maxConcurrentProperty().set("0");
        viewModel.save().join();
        assertThat(viewModel.messageProperty().get()).contains("\"0\" is not a number in the range 1–1000");

        form.maxConcurrentProperty().set("2");
        form.nameProperty().set("DRY RUN");
        viewModel.save().join();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Another connection is already called \"DRY RUN\": choose another name.");

        assertThat(connections).hasSize(1);
        assertThat(store.connections().all()).hasSize(1);
        assertThat(viewModel.creatingProperty().get()).isTrue();
    }

    @Test
    void filling_the_form_from_a_saved_connection_is_not_an_edit_but_typing_is() {
        viewModel.selectedProperty().set(connections.get(0));
        ConnectionForm form = viewModel.form();
        assertThat(viewModel.editingProperty().get()).isTrue();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.retriesProperty().get()).isEqualTo(Integer.toString(GatewayPolicy.DEFAULT.maxRetries()));
        form.defaultModelProperty().set("other");
        assertThat(form.dirtyProperty().get()).isTrue();
        viewModel.revert();
        assertThat(form.defaultModelProperty().get()).isEqualTo(Connection.dryRun().defaultModel());
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void reverting_a_new_connection_drops_it_and_shows_the_first_saved_one() {
        viewModel.add(ConnectionPreset.OPENAI);
        viewModel.revert();
        assertThat(viewModel.creatingProperty().get()).isFalse();
        assertThat(viewModel.selectedProperty().get()).isEqualTo(connections.get(0));
        assertThat(connections).hasSize(1);
    }

    @Test
    void removing_a_connection_drops_it_from_the_list_the_store_and_the_key_store() {
        viewModel.add(ConnectionPreset.VLLM);
        viewModel.form().apiKeyProperty().set(KEY);
        viewModel.save().join();
        assertThat(secrets.hasStoredKey("vllm")).isTrue();

        viewModel.remove().join();

        assertThat(connections).extracting(Connection::id).containsExactly("dry-run");
        assertThat(store.connections().all()).extracting(Connection::id).containsExactly("dry-run");
        assertThat(secrets.hasStoredKey("vllm")).isFalse();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Removed \"vLLM\".");
    }

    @Test
    void forgetting_the_stored_key_deletes_it() {
        viewModel.add(ConnectionPreset.VLLM);
        viewModel.form().apiKeyProperty().set(KEY);
        viewModel.save().join();
        viewModel.forgetStoredKey();
        assertThat(secrets.hasStoredKey("vllm")).isFalse();
        assertThat(viewModel.keys().hasStoredKeyProperty().get()).isFalse();
    }

    @Test
    void testing_lists_the_models_with_a_typed_key_that_is_neither_stored_nor_kept() {
        try (OpenAiWireServer server = OpenAiWireServer.start().listing("qwen2.5-7b-instruct", "llama-3.1-8b").requireApiKey(KEY)) {
            viewModel.add(ConnectionPreset.VLLM);
            viewModel.form().baseUrlProperty().set(server.baseUrl());
            viewModel.form().apiKeyProperty().set("sk-wrong");
            viewModel.testConnection();
            ConnectionTester tester = viewModel.tester();
            assertThat(tester.failedProperty().get()).isTrue();
            assertThat(tester.resultProperty().get()).startsWith("The server refused the key (HTTP 401)");

            viewModel.form().apiKeyProperty().set(KEY);
            viewModel.testConnection();

            assertThat(tester.testingProperty().get()).isFalse();
            assertThat(tester.failedProperty().get()).isFalse();
            assertThat(tester.models()).containsExactlyInAnyOrder("qwen2.5-7b-instruct", "llama-3.1-8b");
            assertThat(tester.resultProperty().get()).contains("2 models found");
            assertThat(secrets.hasStoredKey("vllm")).isFalse();
            assertThat(secrets.apiKey(new Connection("settings-test:vllm", "vLLM", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "", "")))
                    .as("the typed key is forgotten after the test").isEmpty();
        }
    }
}

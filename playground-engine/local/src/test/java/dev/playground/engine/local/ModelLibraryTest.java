package dev.playground.engine.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.connections.ConnectionService;
import dev.playground.engine.connections.SavedConnections;
import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.local.testkit.ModelFileServer;
import dev.playground.engine.local.testkit.TinyChatModel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one model service both faces call: add, list, download, remove; files that are not models are refused by name. */
class ModelLibraryTest {
    @TempDir Path dir;

    /** A GGUF-free ONNX head: IR version 8, then the producer name field. */
    static byte[] onnxBytes() {
        return new byte[] {0x08, 0x08, 0x12, 0x07, 'p', 'y', 't', 'o', 'r', 'c', 'h'};
    }

    private final Saved saved = new Saved();

    private ModelLibrary library(Optional<String> refusal) {
        ConnectionService connections = new ConnectionService(saved, new ModelGateway(new SecretResolver(Map.of()), List.of()));
        return new ModelLibrary(connections, dir.resolve("models"), url -> refusal, new MemoryCheck(() -> 1L << 40), new ModelDownload());
    }

    @Test
    void a_chat_model_from_disk_becomes_a_local_connection_and_stays_on_disk_when_removed() throws Exception {
        Path model = TinyChatModel.write(dir.resolve("elsewhere/tiny-chat.gguf"));
        ModelLibrary library = library(Optional.empty());

        ModelLibrary.Added added = library.add(model);
        assertThat(added.entry().connection()).isEqualTo("local-tiny-chat");
        assertThat(saved.all()).extracting(Connection::kind).containsExactly(ProviderKind.LOCAL);
        assertThat(library.add(model).entry().connection()).as("adding the same file again changes nothing").isEqualTo("local-tiny-chat");
        assertThat(library.list()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ModelKind.CHAT);
            assertThat(e.header().architecture()).isEqualTo("llama");
            assertThat(e.sizeBytes()).isEqualTo(Files.size(model));
        });

        ModelLibrary.Removed removed = library.remove("tiny-chat");
        assertThat(removed.connection()).isEqualTo("local-tiny-chat");
        assertThat(removed.deleted()).isFalse();
        assertThat(model).exists();
        assertThat(library.list()).isEmpty();
    }

    @Test
    void files_that_are_not_models_are_refused_with_their_name() throws Exception {
        ModelLibrary library = library(Optional.empty());
        Path notes = Files.writeString(dir.resolve("notes.gguf"), "not a model");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path fakeOnnx = Files.writeString(dir.resolve("fake.onnx"), "hello");

        assertThatThrownBy(() -> library.add(notes)).hasMessageContaining(notes.toString()).hasMessageContaining("not a GGUF model");
        assertThatThrownBy(() -> library.add(text)).hasMessageContaining(text.toString()).hasMessageContaining(".gguf").hasMessageContaining(".onnx");
        assertThatThrownBy(() -> library.add(fakeOnnx)).hasMessageContaining(fakeOnnx.toString()).hasMessageContaining("not an ONNX model");
        assertThatThrownBy(() -> library.add(dir.resolve("missing.gguf"))).hasMessageContaining("does not exist");
        assertThat(saved.all()).isEmpty();
        // the same refusal, worded again in Spanish for a window that speaks it
        LocalModelException e = org.junit.jupiter.api.Assertions.assertThrows(LocalModelException.class, () -> library.add(notes));
        assertThat(e.message(Locale.forLanguageTag("es"))).contains(notes.toString()).contains("no es un modelo GGUF");
    }

    @Test
    void an_embedding_model_is_copied_into_the_models_folder_and_deleted_with_it() throws Exception {
        ModelLibrary library = library(Optional.empty());
        Path onnx = Files.write(dir.resolve("e5.onnx"), onnxBytes());

        ModelLibrary.Added added = library.add(onnx);
        assertThat(added.entry().kind()).isEqualTo(ModelKind.EMBEDDING);
        assertThat(added.entry().connection()).isNull();
        assertThat(added.entry().file()).isEqualTo(dir.resolve("models/e5.onnx").toAbsolutePath());
        assertThat(library.list()).extracting(ModelLibrary.Entry::name).containsExactly("e5");

        assertThat(library.remove("e5").deleted()).isTrue();
        assertThat(dir.resolve("models/e5.onnx")).doesNotExist();
        assertThat(onnx).exists();
    }

    @Test
    void an_embedding_model_s_tokenizer_goes_with_it_under_its_name_and_leaves_with_it() throws Exception {
        ModelLibrary library = library(Optional.empty());
        Path source = Files.createDirectories(dir.resolve("download/multilingual-e5-small/onnx"));
        Path onnx = Files.write(source.resolve("model.onnx"), onnxBytes());
        Files.writeString(source.getParent().resolve("tokenizer.json"), "{\"model\": {}}");

        ModelLibrary.Added added = library.add(onnx);
        assertThat(added.entry().name()).isEqualTo("multilingual-e5-small");
        assertThat(added.entry().file()).isEqualTo(dir.resolve("models/multilingual-e5-small.onnx").toAbsolutePath());
        Path tokenizer = dir.resolve("models/multilingual-e5-small.tokenizer.json");
        assertThat(tokenizer).hasContent("{\"model\": {}}");
        library.remove("multilingual-e5-small");
        assertThat(tokenizer).doesNotExist();
    }

    @Test
    void a_download_under_another_name_is_added_and_the_offline_switch_refuses_one() throws Exception {
        Path model = TinyChatModel.write(dir.resolve("src/tiny-chat.gguf"));
        try (ModelFileServer server = ModelFileServer.loopback().serve("/m/resolve/main/model.gguf", Files.readAllBytes(model))) {
            URI url = URI.create(server.url("/m/resolve/main/model.gguf"));
            ModelLibrary.Added added = library(Optional.empty()).download(url, "tiny.gguf", null, (done, total) -> { }, () -> false);
            assertThat(added.entry().connection()).isEqualTo("local-tiny");
            assertThat(dir.resolve("models/tiny.gguf")).exists();

            assertThatThrownBy(() -> library(Optional.of("Offline mode is on")).download(url, "other.gguf", null, (d, t) -> { }, () -> false))
                    .hasMessage("Offline mode is on");
            assertThat(server.requests).hasSize(1);
        }
    }

    /** Connections kept in memory. */
    static final class Saved implements SavedConnections {
        private List<Connection> connections = new ArrayList<>();
        private Map<String, GatewayPolicy> policies = new HashMap<>();
        private Map<String, GuardPolicy> guards = new HashMap<>();

        @Override public List<Connection> all() { return List.copyOf(connections); }
        @Override public void saveAll(List<Connection> list) { connections = new ArrayList<>(list); }
        @Override public Map<String, GatewayPolicy> policies() { return policies; }
        @Override public void savePolicies(Map<String, GatewayPolicy> p) { policies = new HashMap<>(p); }
        @Override public Map<String, GuardPolicy> guardPolicies() { return guards; }
        @Override public void saveGuardPolicies(Map<String, GuardPolicy> p) { guards = new HashMap<>(p); }
    }
}

package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OllamaWireServer;
import dev.playground.testkit.RetrievalCorpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playground index --embedding-model M --embedding-connection C} against a loopback Ollama. */
class EmbeddingModelCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private String saveOllamaConnection(String baseUrl) {
        Path data = temp.resolve("data");
        try (LocalStore store = LocalStore.open(data)) {
            store.connections().saveAll(List.of(new Connection("ollama-1", "Local Ollama", ProviderKind.OLLAMA, baseUrl, "", "llama3.2")));
        }
        return data.toString();
    }

    @Test
    void a_collection_embedded_by_an_ollama_model_then_a_dead_endpoint_leaves_keyword_search_working() throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        OllamaWireServer ollama = OllamaWireServer.start();
        String data = saveOllamaConnection(ollama.baseUrl());
        try (ollama) {
            CliRun index = CliRun.of(Map.of(), "index", docs.toString(), "--collection", "apuntes", "--data-dir", data,
                    "--embedding-connection", "Local Ollama", "--embedding-model", "nomic-embed-text", "--quiet");
            assertThat(index.exitCode()).as(index.out() + index.err()).isZero();
            assertThat(index.out()).startsWith("9 indexed").doesNotContain("embedding stopped");
            int chunks = ollama.embeddingRequests().stream().mapToInt(r -> r.path("input").size()).sum();
            assertThat(index.out()).contains(chunks + " chunks (" + chunks + " embedded)");

            CliRun search = CliRun.of(Map.of(), "search", "Teide Tenerife islas Canarias", "--collection", "apuntes", "--data-dir", data,
                    "--mode", "vector", "--json");
            assertThat(search.exitCode()).as(search.err()).isZero();
            assertThat(JSON.readTree(search.out()).get("results").get(0).get("source").asText()).isEqualTo("volcanes.txt");
        }

        CliRun switched = CliRun.of(Map.of(), "index", "--collection", "apuntes", "--data-dir", data,
                "--embedding-connection", "ollama-1", "--embedding-model", "bge-m3", "--quiet");
        assertThat(switched.exitCode()).isEqualTo(1);
        assertThat(switched.out()).contains("embedding stopped: Embedding model 'bge-m3': Could not reach Local Ollama")
                .contains("Keyword search works");

        CliRun search = CliRun.of(Map.of(), "search", "sourdough starter", "--collection", "apuntes", "--data-dir", data, "--json");
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.err()).contains("Keyword matches only");
        JsonNode first = JSON.readTree(search.out()).get("results").get(0);
        assertThat(first.get("source").asText()).isEqualTo("sourdough.txt");
    }

    @Test
    void a_model_without_its_connection_or_an_unknown_connection_is_refused_with_what_to_do() throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        String data = saveOllamaConnection("http://127.0.0.1:9");

        CliRun noConnection = CliRun.of(Map.of(), "index", docs.toString(), "--collection", "c", "--data-dir", data,
                "--embedding-model", "nomic-embed-text");
        assertThat(noConnection.exitCode()).isEqualTo(2);
        assertThat(noConnection.err()).contains("No embedding model named 'nomic-embed-text' in the models folder")
                .contains("models list").contains("--embedding-connection");

        CliRun unknown = CliRun.of(Map.of(), "index", docs.toString(), "--collection", "c", "--data-dir", data,
                "--embedding-connection", "nowhere", "--embedding-model", "nomic-embed-text");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("There is no saved connection 'nowhere'");
    }

    @Test
    void a_model_in_the_models_folder_is_chosen_by_its_name() throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        String data = saveOllamaConnection("http://127.0.0.1:9");
        // The built-in MiniLM's own files, kept as the model manager keeps a single-file model: NAME.onnx + NAME.tokenizer.json.
        Path models = java.nio.file.Files.createDirectories(Path.of(data, "models"));
        copyResource("/all-minilm-l6-v2-q.onnx", models.resolve("Minilm-Copy.onnx"));
        copyResource("/all-minilm-l6-v2-q-tokenizer.json", models.resolve("Minilm-Copy.tokenizer.json"));

        CliRun index = CliRun.of(Map.of(), "index", docs.toString(), "--collection", "c", "--data-dir", data,
                "--embedding-model", "minilm-copy", "--quiet");
        assertThat(index.exitCode()).as(index.out() + index.err()).isZero();
        assertThat(index.out()).startsWith("9 indexed").doesNotContain("embedding stopped");

        CliRun search = CliRun.of(Map.of(), "search", "Teide Tenerife islas Canarias", "--collection", "c", "--data-dir", data,
                "--mode", "vector", "--json");
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(JSON.readTree(search.out()).get("results").get(0).get("source").asText()).isEqualTo("volcanes.txt");
    }

    private static void copyResource(String name, Path target) throws java.io.IOException {
        try (java.io.InputStream in = dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            java.nio.file.Files.copy(in, target);
        }
    }
}

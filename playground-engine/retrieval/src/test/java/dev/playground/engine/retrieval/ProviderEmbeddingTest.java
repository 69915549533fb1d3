package dev.playground.engine.retrieval;

import dev.playground.engine.context.SearchHit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.retrieval.FileOutcome.Status;
import dev.playground.engine.retrieval.embed.Embedder;
import dev.playground.engine.retrieval.embed.EmbeddingChoice;
import dev.playground.engine.retrieval.embed.EmbeddingUnavailableException;
import dev.playground.engine.retrieval.embed.Embedders;
import dev.playground.testkit.BagOfWordsEmbedding;
import dev.playground.testkit.OllamaWireServer;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.RetrievalCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections embedded by a provider's model over the real OpenAI and Ollama wire formats, on loopback. */
class ProviderEmbeddingTest {
    private static final String KEY = "sk-test-embeddings-0123456789";

    @TempDir
    Path temp;

    private final List<Connection> saved = new ArrayList<>();

    private DocumentCollections collections() {
        Embedders embedders = new Embedders(() -> {
            throw new AssertionError("these tests never use the built-in model");
        }, "built-in", id -> saved.stream().filter(c -> c.id().equals(id) || c.name().equals(id)).findFirst(),
                c -> c.kind() == ProviderKind.OLLAMA ? Optional.empty() : Optional.of(KEY));
        return new DocumentCollections(temp.resolve("data"), embedders);
    }

    private static int inputs(List<JsonNode> requests) {
        return requests.stream().mapToInt(r -> r.path("input").isArray() ? r.path("input").size() : 1).sum();
    }

    @Test
    void openai_embeddings_fill_the_index_and_rank_vector_search() throws Exception {
        try (OpenAiWireServer server = OpenAiWireServer.start(); DocumentCollections all = collections()) {
            saved.add(Connection.openAiCompatible("lab", "Lab server", server.baseUrl(), "", "chat-model"));
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(RetrievalCorpus.writeTo(temp.resolve("docs")), List.of()));
            collection.setEmbedding(new EmbeddingChoice("lab", "text-embedding-3-small"));

            IndexReport report = collection.update(IndexProgress.NONE, new Cancellation());

            assertThat(report.embeddingProblem()).isEmpty();
            DocumentCollection.Stats stats = collection.stats();
            assertThat(stats.embeddedChunks()).isEqualTo(stats.chunks()).isGreaterThan(20);
            assertThat(server.embeddingRequests()).allSatisfy(r -> assertThat(r.path("model").asText()).isEqualTo("text-embedding-3-small"));
            assertThat(inputs(server.embeddingRequests())).isEqualTo(stats.chunks());

            List<SearchHit> hits = collection.search(new SearchRequest("varroa mites in the hive", 3, null, SearchFilter.NONE, SearchMode.VECTOR));
            assertThat(hits.getFirst().fileName()).isEqualTo("beekeeping.md");
            assertThat(hits.getFirst().vectorScore()).isGreaterThan(0.2);
            assertThat(all.embedders().describe(collection.settings().embedding())).isEqualTo("text-embedding-3-small on Lab server");
        }
    }

    @Test
    void switching_to_an_ollama_model_embeds_every_chunk_again_through_api_embed() throws Exception {
        try (OpenAiWireServer openAi = OpenAiWireServer.start(); OllamaWireServer ollama = OllamaWireServer.start();
             DocumentCollections all = collections()) {
            saved.add(Connection.openAiCompatible("lab", "Lab server", openAi.baseUrl(), "", "chat-model"));
            saved.add(new Connection("ollama", "Local Ollama", ProviderKind.OLLAMA, ollama.baseUrl(), "", "llama3.2"));
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(RetrievalCorpus.writeTo(temp.resolve("docs")), List.of()));
            collection.setEmbedding(new EmbeddingChoice("lab", "text-embedding-3-small"));
            collection.update(IndexProgress.NONE, new Cancellation());
            int chunks = collection.stats().chunks();

            collection.setEmbedding(new EmbeddingChoice("Local Ollama", "nomic-embed-text"));
            IndexReport report = collection.update(IndexProgress.NONE, new Cancellation());

            assertThat(report.embeddingProblem()).isEmpty();
            assertThat(report.chunksEmbedded()).isEqualTo(chunks);
            assertThat(inputs(ollama.embeddingRequests())).isEqualTo(chunks);
            assertThat(ollama.embeddingRequests()).allSatisfy(r -> assertThat(r.path("model").asText()).isEqualTo("nomic-embed-text"));
            SearchHit top = collection.search(new SearchRequest("Teide Tenerife islas Canarias", 1, null, SearchFilter.NONE, SearchMode.VECTOR)).getFirst();
            assertThat(top.fileName()).isEqualTo("volcanes.txt");
            assertThat(top.vectorScore()).isGreaterThan(0.1);
        }
    }

    @Test
    void a_dead_endpoint_is_explained_and_keyword_search_keeps_working() throws Exception {
        OllamaWireServer gone = OllamaWireServer.start();
        String deadUrl = gone.baseUrl();
        gone.close();
        try (DocumentCollections all = collections()) {
            saved.add(new Connection("ollama", "Local Ollama", ProviderKind.OLLAMA, deadUrl, "", "llama3.2"));
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(RetrievalCorpus.writeTo(temp.resolve("docs")), List.of()));
            collection.setEmbedding(new EmbeddingChoice("ollama", "bge-m3"));

            IndexReport report = collection.update(IndexProgress.NONE, new Cancellation());

            assertThat(report.count(Status.INDEXED)).isEqualTo(9);
            assertThat(report.embeddingProblem()).contains("bge-m3", "Could not reach Local Ollama", deadUrl);
            assertThat(collection.stats().embeddedChunks()).isZero();
            assertThat(collection.search(new SearchRequest("sourdough starter", 3, null, SearchFilter.NONE, SearchMode.KEYWORD)))
                    .first().extracting(SearchHit::fileName).isEqualTo("sourdough.txt");
            DocumentCollection.SearchResult hybrid = collection.searchWithWarning(SearchRequest.of("sourdough starter", 3));
            assertThat(hybrid.hits()).first().extracting(SearchHit::fileName).isEqualTo("sourdough.txt");
            assertThat(hybrid.warning()).contains("Could not reach Local Ollama");
            assertThatThrownBy(() -> collection.search(new SearchRequest("sourdough", 3, null, SearchFilter.NONE, SearchMode.VECTOR)))
                    .isInstanceOf(EmbeddingUnavailableException.class);
        }
    }

    @Test
    void a_model_the_server_does_not_have_and_a_deleted_connection_are_reported() throws Exception {
        try (OllamaWireServer ollama = OllamaWireServer.start(); DocumentCollections all = collections()) {
            saved.add(new Connection("ollama", "Local Ollama", ProviderKind.OLLAMA, ollama.baseUrl(), "", "llama3.2"));
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(RetrievalCorpus.writeTo(temp.resolve("docs")), List.of()));
            collection.setEmbedding(new EmbeddingChoice("ollama", "not-pulled-embedder"));
            assertThat(collection.update(IndexProgress.NONE, new Cancellation()).embeddingProblem())
                    .contains("not-pulled-embedder", "HTTP 404");

            collection.setEmbedding(new EmbeddingChoice("deleted-connection", "bge-m3"));
            IndexReport report = collection.update(IndexProgress.NONE, new Cancellation());
            assertThat(report.embeddingProblem()).contains("no saved connection 'deleted-connection'");
            assertThat(report.count(Status.INDEXED)).isEqualTo(9);
        }
    }

    @Test
    void the_api_key_never_reaches_the_stored_settings_or_the_index_id() throws Exception {
        try (OpenAiWireServer server = OpenAiWireServer.start(); DocumentCollections all = collections()) {
            saved.add(Connection.openAiCompatible("lab", "Lab server", server.baseUrl(), "", "chat-model"));
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(RetrievalCorpus.writeTo(temp.resolve("docs")), List.of()));
            collection.setEmbedding(new EmbeddingChoice("lab", "text-embedding-3-small"));
            Embedder embedder = all.embedders().get(collection.settings().embedding());
            assertThat(embedder.embed("one text")).hasSize(BagOfWordsEmbedding.DIMENSION);
            assertThat(embedder.id()).doesNotContain(KEY);
            assertThat(java.nio.file.Files.readString(temp.resolve("data/collections/study/collection.json")))
                    .contains("text-embedding-3-small").doesNotContain(KEY);
        }
    }
}

package dev.playground.engine.retrieval.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.ProviderErrors;
import java.time.Duration;
import java.util.List;

/**
 * A provider's embedding model: OpenAI's /v1/embeddings (OpenAI, OpenAI-compatible servers,
 * Databricks) or Ollama's /api/embed, through LangChain4j. Nothing is sent until the first text
 * is embedded, so opening a collection never needs the network.
 */
final class ProviderEmbedder implements Embedder {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddingModel model;
    private final Connection connection;
    private final String apiKey;
    private final String id;
    private final String modelName;
    private volatile int dimension = -1;

    ProviderEmbedder(Connection connection, String baseUrl, String apiKey, String modelName) {
        this.connection = connection;
        this.apiKey = apiKey;
        this.modelName = modelName;
        this.id = idOf(connection.kind(), baseUrl, modelName);
        this.model = connection.kind() == ProviderKind.OLLAMA
                ? OllamaEmbeddingModel.builder().baseUrl(baseUrl).modelName(modelName).timeout(TIMEOUT).maxRetries(0).build()
                : OpenAiEmbeddingModel.builder().baseUrl(baseUrl).apiKey(apiKey == null || apiKey.isBlank() ? "no-key" : apiKey)
                        .modelName(modelName).timeout(TIMEOUT).maxRetries(0).build();
    }

    /** Stored with the index: a new server address or model means new vectors. Holds no secret. */
    static String idOf(ProviderKind kind, String baseUrl, String modelName) {
        return kind.cliName() + ":" + baseUrl + "#" + modelName;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        if (dimension < 0) embed("dimension probe");
        return dimension;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? " " : t)).toList();
        List<Embedding> embeddings;
        try {
            embeddings = model.embedAll(segments).content();
        } catch (RuntimeException e) {
            throw new EmbeddingUnavailableException("Embedding model '" + modelName + "': "
                    + ProviderErrors.translate(e, connection, apiKey).getMessage(), e);
        }
        if (embeddings.size() != texts.size()) {
            throw new EmbeddingUnavailableException("Embedding model '" + modelName + "' on " + connection.name() + " returned "
                    + embeddings.size() + " vectors for " + texts.size() + " texts.", null);
        }
        return embeddings.stream().map(e -> {
            e.normalize();
            dimension = e.dimension();
            return e.vector();
        }).toList();
    }
}

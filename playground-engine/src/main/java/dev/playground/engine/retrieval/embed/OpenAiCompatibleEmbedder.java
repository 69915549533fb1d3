package dev.playground.engine.retrieval.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import java.time.Duration;
import java.util.List;

/**
 * A provider's embedding model over the OpenAI embeddings API (OpenAI itself, Ollama's /v1, or any
 * compatible server), for users who want e.g. a multilingual model instead of the offline default.
 */
public final class OpenAiCompatibleEmbedder implements Embedder {
    private final OpenAiEmbeddingModel model;
    private final String id;
    private final int dimension;

    public OpenAiCompatibleEmbedder(String baseUrl, String apiKey, String modelName) {
        this.model = OpenAiEmbeddingModel.builder().baseUrl(baseUrl).apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey)
                .modelName(modelName).timeout(Duration.ofSeconds(60)).maxRetries(2).build();
        this.id = "openai-compatible:" + baseUrl + "#" + modelName;
        this.dimension = model.embed("dimension probe").content().dimension();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(e -> {
            e.normalize();
            return e.vector();
        }).toList();
    }
}

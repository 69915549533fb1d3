package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.model.ModelSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sampling settings with OpenAI-style snake_case names, as MLflow's {@code model_config},
 * Langfuse's {@code config} and promptfoo's provider {@code config} write them.
 */
public final class SnakeCaseSettings {
    static final Set<String> KEYS = Set.of("temperature", "top_p", "top_k", "max_tokens", "stop_sequences", "stop", "seed",
            "presence_penalty", "frequency_penalty", "response_format");

    private SnakeCaseSettings() {}

    public static ModelSettings read(JsonNode config) {
        JsonNode stop = config.has("stop_sequences") ? config.get("stop_sequences") : config.path("stop");
        JsonNode format = config.get("response_format");
        String responseFormat = format == null || format.isNull() ? null : format.isTextual() ? format.asText() : format.toPrettyString();
        return new ModelSettings(Json.dbl(config, "temperature"), Json.dbl(config, "top_p"), Json.integer(config, "top_k"),
                Json.integer(config, "max_tokens"), Json.strings(stop), Json.integer(config, "seed"), Json.dbl(config, "presence_penalty"),
                Json.dbl(config, "frequency_penalty"), responseFormat);
    }

    /** {@code stopKey} is "stop_sequences" for MLflow and "stop" for OpenAI-style configs. */
    public static Map<String, Object> write(ModelSettings s, String stopKey) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "temperature", s.temperature());
        put(out, "top_p", s.topP());
        put(out, "top_k", s.topK());
        put(out, "max_tokens", s.maxTokens());
        if (!s.stopSequences().isEmpty()) out.put(stopKey, s.stopSequences());
        put(out, "seed", s.seed());
        put(out, "presence_penalty", s.presencePenalty());
        put(out, "frequency_penalty", s.frequencyPenalty());
        return out;
    }

    private static void put(Map<String, Object> out, String key, Object value) {
        if (value != null) out.put(key, value);
    }
}

package dev.playground.engine.model;

import java.util.List;

/**
 * Sampling parameters; a null field means "the provider's default". {@code responseFormat} is
 * null or "text" for plain text, "json" for a JSON object, or a JSON Schema document.
 */
public record ModelSettings(Double temperature, Double topP, Integer topK, Integer maxTokens, List<String> stopSequences,
                            Integer seed, Double presencePenalty, Double frequencyPenalty, String responseFormat) {
    public static final ModelSettings DEFAULTS = new ModelSettings(0.7, null, null, 1024, List.of(), null, null, null, null);

    public ModelSettings {
        stopSequences = stopSequences == null ? List.of() : List.copyOf(stopSequences);
    }

    /** The common case: temperature and max tokens, everything else at provider defaults. */
    public static ModelSettings of(Double temperature, Integer maxTokens) {
        return new ModelSettings(temperature, null, null, maxTokens, List.of(), null, null, null, null);
    }

    /** These settings with every value {@code overrides} gives (non-null, or a non-empty stop list) put in their place. */
    public ModelSettings overriddenBy(ModelSettings overrides) {
        return new ModelSettings(pick(overrides.temperature, temperature), pick(overrides.topP, topP), pick(overrides.topK, topK),
                pick(overrides.maxTokens, maxTokens), overrides.stopSequences.isEmpty() ? stopSequences : overrides.stopSequences,
                pick(overrides.seed, seed), pick(overrides.presencePenalty, presencePenalty), pick(overrides.frequencyPenalty, frequencyPenalty),
                pick(overrides.responseFormat, responseFormat));
    }

    private static <T> T pick(T override, T own) {
        return override != null ? override : own;
    }

    public ModelSettings withTemperature(Double value) {
        return new ModelSettings(value, topP, topK, maxTokens, stopSequences, seed, presencePenalty, frequencyPenalty, responseFormat);
    }

    public ModelSettings withTopP(Double value) {
        return new ModelSettings(temperature, value, topK, maxTokens, stopSequences, seed, presencePenalty, frequencyPenalty, responseFormat);
    }

    public ModelSettings withMaxTokens(Integer value) {
        return new ModelSettings(temperature, topP, topK, value, stopSequences, seed, presencePenalty, frequencyPenalty, responseFormat);
    }

    public ModelSettings withStopSequences(List<String> value) {
        return new ModelSettings(temperature, topP, topK, maxTokens, value, seed, presencePenalty, frequencyPenalty, responseFormat);
    }

    public ModelSettings withSeed(Integer value) {
        return new ModelSettings(temperature, topP, topK, maxTokens, stopSequences, value, presencePenalty, frequencyPenalty, responseFormat);
    }

    public ModelSettings withResponseFormat(String value) {
        return new ModelSettings(temperature, topP, topK, maxTokens, stopSequences, seed, presencePenalty, frequencyPenalty, value);
    }
}

package dev.playground.engine.model;

import java.util.List;

/** Sampling parameters; a null field means "the provider's default". */
public record ModelSettings(Double temperature, Double topP, Integer maxTokens, List<String> stopSequences, Integer seed) {
    public static final ModelSettings DEFAULTS = new ModelSettings(0.7, null, 1024, List.of(), null);

    public ModelSettings {
        stopSequences = stopSequences == null ? List.of() : List.copyOf(stopSequences);
    }

    public ModelSettings withTemperature(Double value) {
        return new ModelSettings(value, topP, maxTokens, stopSequences, seed);
    }

    public ModelSettings withMaxTokens(Integer value) {
        return new ModelSettings(temperature, topP, value, stopSequences, seed);
    }
}

package dev.playground.engine.model;

/** The sampling and output parameters a person can set; providers support different subsets. */
public enum ModelParameter {
    TEMPERATURE, TOP_P, TOP_K, MAX_TOKENS, STOP_SEQUENCES, SEED, PRESENCE_PENALTY, FREQUENCY_PENALTY, JSON_MODE, JSON_SCHEMA;

    /** Whether {@code settings} gives this parameter a value (null and empty mean "provider default"). */
    public boolean isSetIn(ModelSettings settings) {
        return switch (this) {
            case TEMPERATURE -> settings.temperature() != null;
            case TOP_P -> settings.topP() != null;
            case TOP_K -> settings.topK() != null;
            case MAX_TOKENS -> settings.maxTokens() != null;
            case STOP_SEQUENCES -> !settings.stopSequences().isEmpty();
            case SEED -> settings.seed() != null;
            case PRESENCE_PENALTY -> settings.presencePenalty() != null;
            case FREQUENCY_PENALTY -> settings.frequencyPenalty() != null;
            case JSON_MODE -> ResponseFormats.isJsonObject(settings.responseFormat());
            case JSON_SCHEMA -> ResponseFormats.isJsonSchema(settings.responseFormat());
        };
    }

    /** {@code settings} with this parameter back at the provider default. */
    public ModelSettings clearIn(ModelSettings s) {
        return switch (this) {
            case TEMPERATURE -> s.withTemperature(null);
            case TOP_P -> s.withTopP(null);
            case TOP_K -> new ModelSettings(s.temperature(), s.topP(), null, s.maxTokens(), s.stopSequences(), s.seed(),
                    s.presencePenalty(), s.frequencyPenalty(), s.responseFormat());
            case MAX_TOKENS -> s.withMaxTokens(null);
            case STOP_SEQUENCES -> s.withStopSequences(null);
            case SEED -> s.withSeed(null);
            case PRESENCE_PENALTY -> new ModelSettings(s.temperature(), s.topP(), s.topK(), s.maxTokens(), s.stopSequences(), s.seed(),
                    null, s.frequencyPenalty(), s.responseFormat());
            case FREQUENCY_PENALTY -> new ModelSettings(s.temperature(), s.topP(), s.topK(), s.maxTokens(), s.stopSequences(), s.seed(),
                    s.presencePenalty(), null, s.responseFormat());
            case JSON_MODE, JSON_SCHEMA -> s.withResponseFormat(null);
        };
    }
}

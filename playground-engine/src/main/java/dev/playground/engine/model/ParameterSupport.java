package dev.playground.engine.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which parameters each provider kind accepts through its adapter. An unsupported parameter comes
 * with the reason, worded for a tooltip on the disabled control.
 */
public final class ParameterSupport {
    private static final Map<ProviderKind, Map<ModelParameter, String>> UNSUPPORTED = new EnumMap<>(ProviderKind.class);

    static {
        unsupported(ProviderKind.OPENAI, ModelParameter.TOP_K, "OpenAI's chat completions API has no top-k parameter.");
        unsupported(ProviderKind.ANTHROPIC, ModelParameter.SEED, "Anthropic's Messages API has no seed: answers cannot be pinned.");
        unsupported(ProviderKind.ANTHROPIC, ModelParameter.PRESENCE_PENALTY, "Anthropic's Messages API has no presence penalty.");
        unsupported(ProviderKind.ANTHROPIC, ModelParameter.FREQUENCY_PENALTY, "Anthropic's Messages API has no frequency penalty.");
        unsupported(ProviderKind.ANTHROPIC, ModelParameter.JSON_MODE,
                "Anthropic has no plain JSON mode; give a JSON schema instead (structured outputs).");
        unsupported(ProviderKind.OLLAMA, ModelParameter.PRESENCE_PENALTY,
                "Ollama's chat API tunes repetition with repeat_penalty, not an OpenAI-style presence penalty.");
        unsupported(ProviderKind.OLLAMA, ModelParameter.FREQUENCY_PENALTY,
                "Ollama's chat API tunes repetition with repeat_penalty, not an OpenAI-style frequency penalty.");
        unsupported(ProviderKind.DATABRICKS, ModelParameter.SEED, "Databricks serving endpoints do not document a seed parameter.");
        unsupported(ProviderKind.DATABRICKS, ModelParameter.PRESENCE_PENALTY, "Databricks serving endpoints do not document a presence penalty.");
        unsupported(ProviderKind.DATABRICKS, ModelParameter.FREQUENCY_PENALTY, "Databricks serving endpoints do not document a frequency penalty.");
    }

    private ParameterSupport() {}

    private static void unsupported(ProviderKind kind, ModelParameter parameter, String reason) {
        UNSUPPORTED.computeIfAbsent(kind, k -> new EnumMap<>(ModelParameter.class)).put(parameter, reason);
    }

    public static boolean supports(ProviderKind kind, ModelParameter parameter) {
        return whyUnsupported(kind, parameter).isEmpty();
    }

    /** Empty when the parameter is supported; otherwise why not, for the disabled control's tooltip. */
    public static Optional<String> whyUnsupported(ProviderKind kind, ModelParameter parameter) {
        return Optional.ofNullable(UNSUPPORTED.getOrDefault(kind, Map.of()).get(parameter));
    }

    /** Every unsupported parameter of a kind with its reason. */
    public static Map<ModelParameter, String> unsupported(ProviderKind kind) {
        return Collections.unmodifiableMap(UNSUPPORTED.getOrDefault(kind, Map.of()));
    }

    /** {@code settings} with every parameter the kind does not support set back to the default. */
    public static ModelSettings stripUnsupported(ProviderKind kind, ModelSettings settings) {
        ModelSettings result = settings;
        for (ModelParameter parameter : unsupported(kind).keySet()) {
            if (parameter.isSetIn(result)) result = parameter.clearIn(result);
        }
        return result;
    }
}

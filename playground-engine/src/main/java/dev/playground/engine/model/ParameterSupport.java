package dev.playground.engine.model;

import java.util.Map;
import java.util.Optional;

/**
 * Questions about which parameters a provider kind accepts (the table itself lives in
 * {@link ProviderKind}). An unsupported parameter comes with the reason, worded for a tooltip.
 */
public final class ParameterSupport {
    private ParameterSupport() {}

    public static boolean supports(ProviderKind kind, ModelParameter parameter) {
        return whyUnsupported(kind, parameter).isEmpty();
    }

    /** Empty when the parameter is supported; otherwise why not, for the disabled control's tooltip. */
    public static Optional<String> whyUnsupported(ProviderKind kind, ModelParameter parameter) {
        return Optional.ofNullable(kind.unsupportedParameters().get(parameter));
    }

    /** Every unsupported parameter of a kind with its reason. */
    public static Map<ModelParameter, String> unsupported(ProviderKind kind) {
        return kind.unsupportedParameters();
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

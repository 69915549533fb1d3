package dev.playground.engine.tokens;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What one model costs, in US dollars per million tokens, for tokens sent (input) and received
 * (output). {@code model} is a name prefix, or "*" for every model of the provider.
 * {@code contextWindow} (prompt plus answer tokens) is optional: null when the row does not say.
 */
public record ModelPrice(String provider, String model, BigDecimal inputPerMillion, BigDecimal outputPerMillion, Integer contextWindow) {
    public ModelPrice {
        provider = Objects.requireNonNullElse(provider, "").strip();
        model = Objects.requireNonNull(model, "model").strip();
        if (model.isEmpty()) throw new IllegalArgumentException("Every price needs a model name (or * for every model of the provider).");
        if (inputPerMillion == null || inputPerMillion.signum() < 0 || outputPerMillion == null || outputPerMillion.signum() < 0) {
            throw new IllegalArgumentException("Prices for " + model + " must be zero or more dollars per million tokens.");
        }
        if (contextWindow != null && contextWindow <= 0) {
            throw new IllegalArgumentException("The context window of " + model + " must be a positive number of tokens.");
        }
    }

    public ModelPrice(String provider, String model, BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
        this(provider, model, inputPerMillion, outputPerMillion, null);
    }

    public OptionalInt window() {
        return contextWindow == null ? OptionalInt.empty() : OptionalInt.of(contextWindow);
    }
}

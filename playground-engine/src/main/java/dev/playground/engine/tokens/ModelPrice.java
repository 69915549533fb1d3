package dev.playground.engine.tokens;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one model costs, in US dollars per million tokens, for tokens sent (input) and received
 * (output). {@code model} is a name prefix, or "*" for every model of the provider.
 */
public record ModelPrice(String provider, String model, BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    public ModelPrice {
        provider = Objects.requireNonNullElse(provider, "").strip();
        model = Objects.requireNonNull(model, "model").strip();
        if (inputPerMillion == null || inputPerMillion.signum() < 0 || outputPerMillion == null || outputPerMillion.signum() < 0) {
            throw new IllegalArgumentException("Prices for " + model + " must be zero or more dollars per million tokens.");
        }
    }
}

package dev.playground.engine.tokens;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Estimated dollars for one call: the prompt's input tokens, and the most the answer can cost if it
 * uses all of {@code maxOutputTokens}. Empty {@code price} means the table has no price for the model.
 */
public record CostEstimate(BigDecimal input, BigDecimal outputUpTo, Optional<ModelPrice> price) {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public static CostEstimate of(PriceTable table, String provider, String model, int inputTokens, int maxOutputTokens) {
        Optional<ModelPrice> price = table.lookup(provider, model);
        if (price.isEmpty()) return new CostEstimate(BigDecimal.ZERO, BigDecimal.ZERO, price);
        return new CostEstimate(perToken(price.get().inputPerMillion(), inputTokens),
                perToken(price.get().outputPerMillion(), Math.max(maxOutputTokens, 0)), price);
    }

    public boolean known() {
        return price.isPresent();
    }

    public BigDecimal totalUpTo() {
        return input.add(outputUpTo);
    }

    private static BigDecimal perToken(BigDecimal perMillion, int tokens) {
        return perMillion.multiply(BigDecimal.valueOf(tokens)).divide(MILLION, MathContext.DECIMAL64);
    }
}

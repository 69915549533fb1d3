package dev.playground.engine.runlog;

import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.TokenUsage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * USD prices per million tokens by model-name prefix (longest prefix wins). The defaults are public
 * list prices of common hosted models as of 2025; models run on your own machine (Ollama) cost 0,
 * and a model not listed has no cost rather than a guessed one.
 */
public final class PriceTable {
    private record Price(double inputPerMillion, double outputPerMillion) {}

    private final Map<String, Price> byPrefix = new LinkedHashMap<>();

    public static PriceTable defaults() {
        return new PriceTable()
                .with("gpt-4o-mini", 0.15, 0.60).with("gpt-4o", 2.50, 10.00)
                .with("gpt-4.1-nano", 0.10, 0.40).with("gpt-4.1-mini", 0.40, 1.60).with("gpt-4.1", 2.00, 8.00)
                .with("claude-3-5-haiku", 0.80, 4.00).with("claude-haiku-4-5", 1.00, 5.00)
                .with("claude-3-7-sonnet", 3.00, 15.00).with("claude-sonnet-4", 3.00, 15.00).with("claude-opus-4", 15.00, 75.00)
                .with("gemini-2.0-flash", 0.10, 0.40).with("gemini-2.5-flash", 0.30, 2.50).with("gemini-2.5-pro", 1.25, 10.00);
    }

    public PriceTable with(String modelPrefix, double inputPerMillion, double outputPerMillion) {
        byPrefix.put(modelPrefix.toLowerCase(Locale.ROOT), new Price(inputPerMillion, outputPerMillion));
        return this;
    }

    /** The cost of {@code usage}, or empty when the model's price is unknown. */
    public Optional<Double> cost(ProviderKind provider, String model, TokenUsage usage) {
        if (usage == null) return Optional.empty();
        if (provider == ProviderKind.OLLAMA || provider == ProviderKind.DRY_RUN) return Optional.of(0.0);
        String name = model == null ? "" : model.toLowerCase(Locale.ROOT);
        Price best = null;
        int bestLength = -1;
        for (Map.Entry<String, Price> entry : byPrefix.entrySet()) {
            if (name.startsWith(entry.getKey()) && entry.getKey().length() > bestLength) {
                best = entry.getValue();
                bestLength = entry.getKey().length();
            }
        }
        if (best == null) return Optional.empty();
        return Optional.of((usage.inputTokens() * best.inputPerMillion() + usage.outputTokens() * best.outputPerMillion()) / 1_000_000.0);
    }
}

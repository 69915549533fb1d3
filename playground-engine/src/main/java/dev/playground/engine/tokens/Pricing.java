package dev.playground.engine.tokens;

import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.TokenUsage;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What calls cost, always by the user's current price table: the table is asked on every lookup, so
 * a price saved in Settings applies to the next call in the window and on the command line alike.
 */
public final class Pricing {
    private final Supplier<PriceTable> table;

    public Pricing(Supplier<PriceTable> table) {
        this.table = table;
    }

    /** The book's table as it is at each call. */
    public static Pricing of(PriceBook book) {
        return new Pricing(book::current);
    }

    public PriceTable table() {
        return table.get();
    }

    /** The row that prices {@code model} on a connection of {@code kind}, searched under the kind's price provider. */
    public Optional<ModelPrice> price(ProviderKind kind, String model) {
        return table.get().lookup(kind.priceProvider(), model);
    }

    /** Dollars for the tokens used; null when the model has no price in the table. */
    public Double usd(ProviderKind kind, String model, TokenUsage usage) {
        if (kind == ProviderKind.LOCAL) return 0.0; // runs on this machine: no bill
        return price(kind, model).map(price -> dollars(price, usage)).orElse(null);
    }

    private static double dollars(ModelPrice price, TokenUsage usage) {
        BigDecimal micro = price.inputPerMillion().multiply(BigDecimal.valueOf(usage.inputTokens()))
                .add(price.outputPerMillion().multiply(BigDecimal.valueOf(usage.outputTokens())));
        return micro.doubleValue() / 1_000_000.0;
    }
}

package dev.playground.engine.compare;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.tokens.Pricing;
import dev.playground.engine.tokens.PriceTable;

/** Prices a call in US dollars; null when the price of the model is not known. */
@FunctionalInterface
public interface CostModel {
    CostModel UNKNOWN = (connection, model, usage) -> null;

    Double costUsd(Connection connection, String model, TokenUsage usage);

    /** A flat price per million input and output tokens, e.g. from the command line. */
    static CostModel perMillionTokens(double inputUsd, double outputUsd) {
        return (connection, model, usage) -> (usage.inputTokens() * inputUsd + usage.outputTokens() * outputUsd) / 1_000_000.0;
    }

    /** Prices from the user's price table as it is at each call (see {@link Pricing}). */
    static CostModel from(Pricing pricing) {
        return (connection, model, usage) -> pricing.usd(connection.kind(), model, usage);
    }

    /** Prices from one fixed table. */
    static CostModel from(PriceTable table) {
        return from(new Pricing(() -> table));
    }
}

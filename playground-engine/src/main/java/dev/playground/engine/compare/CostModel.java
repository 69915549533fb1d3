package dev.playground.engine.compare;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.tokens.ModelPrice;
import dev.playground.engine.tokens.PriceTable;
import java.math.BigDecimal;

/** Prices a call in US dollars; null when the price of the model is not known. */
@FunctionalInterface
public interface CostModel {
    CostModel UNKNOWN = (connection, model, usage) -> null;

    Double costUsd(Connection connection, String model, TokenUsage usage);

    /** A flat price per million input and output tokens, e.g. from the command line. */
    static CostModel perMillionTokens(double inputUsd, double outputUsd) {
        return (connection, model, usage) -> (usage.inputTokens() * inputUsd + usage.outputTokens() * outputUsd) / 1_000_000.0;
    }

    /** Prices from the editable price table, looked up by the connection's provider and the model name. */
    static CostModel from(PriceTable table) {
        return (connection, model, usage) -> table.lookup(connection.kind().cliName(), model)
                .map(price -> cost(price, usage))
                .orElse(null);
    }

    private static Double cost(ModelPrice price, TokenUsage usage) {
        BigDecimal input = price.inputPerMillion().multiply(BigDecimal.valueOf(usage.inputTokens()));
        BigDecimal output = price.outputPerMillion().multiply(BigDecimal.valueOf(usage.outputTokens()));
        return input.add(output).doubleValue() / 1_000_000.0;
    }
}

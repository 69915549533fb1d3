package dev.playground.ui.settings.prices;

import dev.playground.engine.tokens.ModelPrice;

/** One row of the table as shown: the price and how its numbers read. */
public record PriceRow(ModelPrice price) {
    public String provider() {
        return price.provider();
    }

    public String model() {
        return price.model();
    }

    public String input() {
        return price.inputPerMillion().toPlainString();
    }

    public String output() {
        return price.outputPerMillion().toPlainString();
    }

    /** Blank when the row does not give a context window. */
    public String window() {
        return price.contextWindow() == null ? "" : String.valueOf(price.contextWindow());
    }
}

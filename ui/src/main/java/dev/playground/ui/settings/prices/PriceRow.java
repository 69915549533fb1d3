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

    /** Blank when the row does not give a context window; digits grouped ("1,047,576"), which the form reads back. */
    public String window() {
        return price.contextWindow() == null ? "" : String.format(java.util.Locale.ROOT, "%,d", price.contextWindow());
    }
}

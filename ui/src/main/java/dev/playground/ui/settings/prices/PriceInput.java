package dev.playground.ui.settings.prices;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the numbers people type into the price form: "2.50", "2,50" (Spanish decimal comma),
 * "$2.50"; context windows as "128000", "128,000", "128 000" or "128k" / "1M". Returns empty for
 * text that is not such a number, so the view model can say what is wrong.
 */
final class PriceInput {
    private static final Pattern PRICE = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final Pattern WINDOW = Pattern.compile("\\d{1,3}([,. _\u00a0]\\d{3})+|\\d+");
    private static final Pattern SHORT_WINDOW = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*([km])");

    private PriceInput() {}

    /** A price in dollars; negative prices are not read (a minus sign makes the text unreadable). */
    static Optional<BigDecimal> price(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.startsWith("$")) text = text.substring(1).strip();
        if (text.indexOf(',') >= 0 && text.indexOf('.') < 0) text = text.replace(',', '.');
        return PRICE.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }

    /** A whole number of tokens; empty for blank text as well (the caller tells the two apart). */
    static Optional<Integer> window(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        var shortForm = SHORT_WINDOW.matcher(text);
        try {
            if (shortForm.matches()) {
                BigDecimal amount = new BigDecimal(shortForm.group(1).replace(',', '.'));
                BigDecimal tokens = amount.multiply(BigDecimal.valueOf(shortForm.group(2).equals("k") ? 1_000 : 1_000_000));
                return Optional.of(tokens.intValueExact());
            }
            if (WINDOW.matcher(text).matches()) return Optional.of(Integer.parseInt(text.replaceAll("[^0-9]", "")));
        } catch (ArithmeticException | NumberFormatException tooLargeOrFractional) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

package dev.playground.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI text from the resource bundle, English or Spanish. */
public final class I18n {
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
    private static final String BUNDLE = "dev.playground.ui.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The OS language when we speak it, English otherwise. */
    public static Locale supported(Locale requested) {
        if (requested != null && "es".equals(requested.getLanguage())) return Locale.forLanguageTag("es");
        return Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * {@code value} the way the window's language writes numbers (0.70 in English, 0,70 in Spanish), with
     * {@code minDecimals} to {@code maxDecimals} decimals, whatever the JVM's own locale is.
     */
    public String number(double value, int minDecimals, int maxDecimals) {
        return number(locale, value, minDecimals, maxDecimals);
    }

    /** {@link #number(double, int, int)} for code that holds a locale rather than the texts. */
    public static String number(Locale locale, double value, int minDecimals, int maxDecimals) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(supported(locale));
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }

    /** A converter for spinners and fields holding decimals: written and read in the window's language (a point is read too). */
    public javafx.util.StringConverter<Double> decimals(int maxDecimals) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : number(value, 0, maxDecimals);
            }

            @Override
            public Double fromString(String text) {
                if (text == null || text.isBlank()) return null;
                try {
                    return Double.valueOf(text.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        };
    }

    public String text(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}

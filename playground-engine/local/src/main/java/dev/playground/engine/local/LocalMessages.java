package dev.playground.engine.local;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The local-model provider's messages, in the default locale's language (English or Spanish). */
public final class LocalMessages {
    private static final String BUNDLE = "dev.playground.engine.local.messages";

    private LocalMessages() {}

    public static String text(String key, Object... args) {
        return text(Locale.getDefault(), key, args);
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A byte count for people: "512 MB", "1.4 GB". */
    public static String size(long bytes, Locale locale) {
        if (bytes >= 1L << 30) return String.format(locale, "%.1f GB", bytes / (double) (1L << 30));
        if (bytes >= 1L << 20) return String.format(locale, "%d MB", bytes >> 20);
        return String.format(locale, "%d KB", Math.max(1, bytes >> 10));
    }
}

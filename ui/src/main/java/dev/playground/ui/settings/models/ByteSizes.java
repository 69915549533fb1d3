package dev.playground.ui.settings.models;

import java.util.Locale;

/** Sizes, speeds and times for people, in the window's language: "491 MB", "1.1 GB", "2.4 MB/s", "3 min". Decimal units, as model hosts show them. */
final class ByteSizes {
    private ByteSizes() {}

    static String size(long bytes, Locale locale) {
        if (bytes >= 1_000_000_000L) return String.format(locale, "%.1f GB", bytes / 1e9);
        if (bytes >= 10_000_000L) return String.format(locale, "%d MB", Math.round(bytes / 1e6));
        if (bytes >= 1_000_000L) return String.format(locale, "%.1f MB", bytes / 1e6);
        return String.format(locale, "%d KB", Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / 1e3)));
    }

    static String speed(double bytesPerSecond, Locale locale) {
        return size(Math.round(bytesPerSecond), locale) + "/s";
    }

    /** Whole seconds under a minute, whole minutes under an hour, else hours and minutes. */
    static String duration(long seconds, Locale locale) {
        if (seconds < 60) return String.format(locale, "%d s", Math.max(1, seconds));
        if (seconds < 3600) return String.format(locale, "%d min", Math.round(seconds / 60.0));
        return String.format(locale, "%d h %d min", seconds / 3600, (seconds % 3600) / 60);
    }
}

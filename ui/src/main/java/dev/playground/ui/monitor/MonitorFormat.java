package dev.playground.ui.monitor;

import dev.playground.engine.monitor.Alert;
import dev.playground.engine.monitor.DriftCheck;
import dev.playground.ui.common.I18n;
import java.util.Locale;

/** Numbers of the Monitor view in the window's language: milliseconds, shares, dollars, verdicts and alerts in words. */
final class MonitorFormat {
    private final I18n i18n;
    private final Locale locale;

    MonitorFormat(I18n i18n) {
        this.i18n = i18n;
        this.locale = i18n.locale();
    }

    String ms(double value) {
        if (Double.isNaN(value)) return "–";
        return value >= 100 ? String.format(locale, "%,.0f ms", value) : String.format(locale, "%.1f ms", value);
    }

    String percent(double ratio) {
        // Spanish writes a space before the sign (25,0 %), English does not (25.0%).
        return Double.isNaN(ratio) ? "–" : String.format(locale, "es".equals(locale.getLanguage()) ? "%.1f %%" : "%.1f%%", ratio * 100);
    }

    String usd(double value) {
        return Double.isNaN(value) ? "–" : String.format(locale, value < 1 ? "$%.4f" : "$%,.2f", value);
    }

    String count(long n) {
        return String.format(locale, "%,d", n);
    }

    String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(locale, Math.abs(value) >= 100 ? "%,.0f" : "%.2f", value);
    }

    String measure(DriftCheck.Measure measure) {
        return i18n.text("monitor.drift.measure." + measure.name().toLowerCase(Locale.ROOT));
    }

    String verdict(DriftCheck.Verdict verdict) {
        return i18n.text("monitor.drift.verdict." + verdict.name().toLowerCase(Locale.ROOT));
    }

    /** "412 → 655 (+59.0 %), threshold ±25 %" and the like, by the kind of measure. */
    String change(DriftCheck c) {
        return switch (c.measure()) {
            case INPUT_LENGTH, OUTPUT_LENGTH -> i18n.text("monitor.drift.values.relative", number(c.before()), number(c.after()),
                    signed(c.change()), percent(c.threshold()));
            case LATENCY_P95 -> i18n.text("monitor.drift.values.relative", ms(c.before()), ms(c.after()), signed(c.change()), percent(c.threshold()));
            case ERROR_RATE, REFUSAL_RATE -> i18n.text("monitor.drift.values.points", percent(c.before()), percent(c.after()),
                    Double.isNaN(c.change()) ? "–" : String.format(locale, "%+.1f", c.change() * 100), String.format(locale, "%.0f", c.threshold() * 100));
            case TOPICS -> i18n.text("monitor.drift.values.topics", Double.isNaN(c.change()) ? "–" : String.format(locale, "%.3f", c.change()),
                    String.format(locale, "%.2f", c.threshold()));
        };
    }

    private String signed(double ratio) {
        if (Double.isNaN(ratio)) return "–";
        return Double.isInfinite(ratio) ? "∞" : String.format(locale, "es".equals(locale.getLanguage()) ? "%+.1f %%" : "%+.1f%%", ratio * 100);
    }

    String alert(Alert alert) {
        String key = "monitor.alert." + alert.kind().name().toLowerCase(Locale.ROOT);
        return switch (alert.kind()) {
            case ERROR_RATE, THUMBS_DOWN_RATE -> i18n.text(key, percent(alert.value()), percent(alert.threshold()));
            case P95_LATENCY -> i18n.text(key, ms(alert.value()), ms(alert.threshold()));
            case DAILY_COST -> i18n.text(key, usd(alert.value()), usd(alert.threshold()));
        };
    }
}

package dev.playground.ui.settings.connections;

import dev.playground.engine.model.ProviderKind;
import dev.playground.ui.common.I18n;
import java.net.URI;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.StringProperty;

/** Checks a {@link ConnectionForm} before it is saved or tested; the first problem comes back in plain words. */
final class ConnectionFormCheck {
    private ConnectionFormCheck() {}

    /**
     * @param nameTaken whether another saved connection already has this name (ignoring case)
     */
    static Optional<String> problem(ConnectionForm form, Predicate<String> nameTaken, I18n i18n) {
        String name = form.nameProperty().get().trim();
        if (name.isEmpty()) return Optional.of(i18n.text("connections.error.name"));
        if (nameTaken.test(name)) return Optional.of(i18n.text("connections.error.nameTaken", name));
        ProviderKind kind = form.kindProperty().get();
        String url = form.baseUrlProperty().get().trim();
        if (url.isEmpty() && kind.baseUrlRequired()) return Optional.of(i18n.text("connections.error.baseUrlRequired"));
        // Databricks takes a workspace host name as well as a URL.
        if (!url.isEmpty() && !isHttpUrl(url) && kind != ProviderKind.DATABRICKS) return Optional.of(i18n.text("connections.error.baseUrl", url));
        String env = form.apiKeyEnvProperty().get().trim();
        if (!env.isEmpty() && !env.matches("[A-Za-z_][A-Za-z0-9_]*")) return Optional.of(i18n.text("connections.error.env", env));
        if (form.typedKey().contains(" ")) return Optional.of(i18n.text("connections.error.keySpaces"));
        return number(form.connectTimeoutProperty(), "connections.connectTimeout", 0.1, 600, false, i18n)
                .or(() -> number(form.firstTokenTimeoutProperty(), "connections.firstTokenTimeout", 0.1, 3600, false, i18n))
                .or(() -> number(form.totalTimeoutProperty(), "connections.totalTimeout", 0.1, 86_400, false, i18n))
                .or(() -> number(form.retriesProperty(), "connections.retries", 0, 20, true, i18n))
                .or(() -> number(form.maxConcurrentProperty(), "connections.maxConcurrent", 1, 1000, true, i18n))
                .or(() -> number(form.requestsPerMinuteProperty(), "connections.requestsPerMinute", 0, 100_000, true, i18n))
                .or(() -> guardrails(form, i18n));
    }

    private static Optional<String> guardrails(ConnectionForm form, I18n i18n) {
        try {
            form.toGuardPolicy();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(i18n.text("connections.error.guardrails", form.guardrailsProperty().get().trim()));
        }
    }

    private static Optional<String> number(StringProperty field, String labelKey, double min, double max, boolean whole, I18n i18n) {
        try {
            double value = ConnectionForm.number(field.get());
            if (value >= min && value <= max && (!whole || value == Math.rint(value))) return Optional.empty();
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        String range = whole ? (long) min + "–" + (long) max : min + "–" + (long) max;
        return Optional.of(i18n.text("connections.error.number", i18n.text(labelKey), field.get().trim(), range));
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

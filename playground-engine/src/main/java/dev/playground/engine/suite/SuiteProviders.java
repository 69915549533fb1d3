package dev.playground.engine.suite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.bundle.SnakeCaseSettings;
import dev.playground.engine.model.ProviderKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the providers of a suite or a promptfoo config: {@code openai:chat:MODEL} (also {@code openai:MODEL}),
 * {@code ollama:chat:MODEL}, {@code anthropic:messages:MODEL}, {@code google:MODEL} / {@code vertex:MODEL}, or objects
 * {@code {id, label, config}} whose {@code config.apiBaseUrl} (and {@code apiKeyEnvar}) say where to call and whose
 * other config keys are model settings; and ours, {@code {connection: NAME, model: M}} for a saved connection.
 * A provider we cannot call (code, scripts, HTTP templates) is read with no kind: the suite runs it only with
 * {@code --connection}.
 */
public final class SuiteProviders {
    private SuiteProviders() {}

    public static List<SuiteProvider> readAll(JsonNode providers, String where) throws BundleFileException {
        List<SuiteProvider> out = new ArrayList<>();
        if (providers == null || providers.isMissingNode() || providers.isNull()) return out;
        if (providers.isTextual() || providers.isObject() && (providers.has("id") || providers.has("connection"))) {
            out.add(read(providers, where));
        } else if (providers.isObject()) {
            // promptfoo's map form: {"openai:gpt-4o": {config…}}
            for (var e : providers.properties()) {
                var entry = SuiteJson.MAPPER.createObjectNode().put("id", e.getKey());
                if (e.getValue().isObject()) entry.setAll((com.fasterxml.jackson.databind.node.ObjectNode) e.getValue());
                out.add(read(entry, where));
            }
        } else {
            int index = 0;
            for (JsonNode provider : providers) out.add(read(provider, where + ", provider " + (++index)));
        }
        return out;
    }

    public static SuiteProvider read(JsonNode entry, String where) throws BundleFileException {
        Object source = SuiteJson.plain(entry);
        if (entry.isTextual()) return fromId(entry.asText(), "", entry.path("none"), source);
        if (!entry.isObject()) throw new BundleFileException(where + " is not a provider: write an id such as openai:chat:gpt-4o-mini, or "
                + "{connection: NAME, model: MODEL}.");
        JsonNode config = entry.path("config");
        String label = entry.path("label").asText("");
        if (entry.hasNonNull("connection")) {
            return new SuiteProvider(label, entry.get("connection").asText(), null, "", "", entry.path("model").asText(""),
                    SnakeCaseSettings.read(config), source);
        }
        if (!entry.hasNonNull("id")) throw new BundleFileException(where + " has neither 'id' nor 'connection'.");
        return fromId(entry.get("id").asText(), label, config, source);
    }

    private static SuiteProvider fromId(String id, String label, JsonNode config, Object source) {
        String[] parts = id.strip().split(":", 3);
        String family = parts[0].toLowerCase(Locale.ROOT);
        String model = parts.length == 1 ? "" : parts.length == 2 ? parts[1] : parts[2];
        String baseUrl = config.path("apiBaseUrl").asText(config.path("apiHost").asText(""));
        String keyEnv = config.path("apiKeyEnvar").asText("");
        ProviderKind kind = switch (family) {
            case "openai", "azure" -> baseUrl.isEmpty() ? ProviderKind.OPENAI : ProviderKind.OPENAI_COMPATIBLE;
            case "ollama" -> ProviderKind.OLLAMA;
            case "anthropic" -> ProviderKind.ANTHROPIC;
            case "google", "vertex", "gemini" -> ProviderKind.GEMINI;
            case "databricks" -> ProviderKind.DATABRICKS;
            default -> null;
        };
        if (kind == ProviderKind.OLLAMA && parts.length == 3 && !parts[1].equals("chat")) kind = null;
        Map<String, Object> fallback = Map.of("id", id);
        return new SuiteProvider(label.isBlank() ? id : label, "", kind, baseUrl, keyEnv, model, SnakeCaseSettings.read(config),
                source == null ? fallback : source);
    }

    /** True when the suite can call this provider without --connection. */
    public static boolean callable(SuiteProvider provider) {
        return !provider.connection().isEmpty() || provider.kind() != null;
    }
}

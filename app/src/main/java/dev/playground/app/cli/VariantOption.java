package dev.playground.app.cli;

import dev.playground.engine.model.ModelSettings;
import java.util.Locale;

/**
 * One {@code --variant "model=M,temperature=T,…"} value: the model and any parameters that differ
 * from the shared ones. Keys: model, label, temperature, top_p, max_tokens, seed.
 */
record VariantOption(String model, String label, ModelSettings settings) {
    static final String KEYS = "model, label, temperature, top_p, max_tokens, seed";

    static VariantOption parse(String text, ModelSettings base) {
        String model = null;
        String label = null;
        ModelSettings settings = base;
        for (String part : text.split(",")) {
            if (part.isBlank()) continue;
            int equals = part.indexOf('=');
            if (equals <= 0) throw new BadInputException("In --variant \"" + text + "\", '" + part.strip() + "' should be key=value (keys: " + KEYS + ").");
            String key = part.substring(0, equals).strip().toLowerCase(Locale.ROOT).replace('-', '_');
            String value = part.substring(equals + 1).strip();
            switch (key) {
                case "model" -> model = value;
                case "label" -> label = value;
                case "temperature" -> settings = settings.withTemperature(number(text, key, value));
                case "top_p" -> settings = settings.withTopP(number(text, key, value));
                case "max_tokens" -> settings = settings.withMaxTokens((int) integer(text, key, value));
                case "seed" -> settings = settings.withSeed((int) integer(text, key, value));
                default -> throw new BadInputException("In --variant \"" + text + "\", '" + key + "' is not known. Use: " + KEYS + ".");
            }
        }
        if (model == null || model.isBlank()) throw new BadInputException("--variant \"" + text + "\" needs model=NAME.");
        return new VariantOption(model, label, settings);
    }

    private static double number(String text, String key, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new BadInputException("In --variant \"" + text + "\", " + key + " must be a number, not '" + value + "'.");
        }
    }

    private static long integer(String text, String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadInputException("In --variant \"" + text + "\", " + key + " must be a whole number, not '" + value + "'.");
        }
    }

    /** What sets this variant apart, for headings: "temperature 0.2, top_p 0.9". */
    String describeSettings() {
        StringBuilder text = new StringBuilder();
        if (settings.temperature() != null) text.append("temperature ").append(settings.temperature());
        if (settings.topP() != null) text.append(text.isEmpty() ? "" : ", ").append("top_p ").append(settings.topP());
        if (settings.maxTokens() != null) text.append(text.isEmpty() ? "" : ", ").append("max_tokens ").append(settings.maxTokens());
        if (settings.seed() != null) text.append(text.isEmpty() ? "" : ", ").append("seed ").append(settings.seed());
        return text.toString();
    }
}

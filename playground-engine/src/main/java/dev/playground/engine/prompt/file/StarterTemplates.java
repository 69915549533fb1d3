package dev.playground.engine.prompt.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starter prompts written for this app, each with example values and a test-input set, in English
 * and Spanish. They ship as {@code .prompt.yaml} resources so they read like the files people save.
 */
public final class StarterTemplates {
    public static final List<String> IDS = List.of("answer-from-context", "few-shot-classifier", "step-by-step",
            "json-extraction", "summarise");

    private StarterTemplates() {}

    /** The starters in the language of {@code locale} (Spanish for "es", English otherwise), in a fixed order. */
    public static List<PromptFile> all(Locale locale) {
        List<PromptFile> starters = new ArrayList<>();
        for (String id : IDS) starters.add(load(id, locale));
        return starters;
    }

    public static PromptFile load(String id, Locale locale) {
        String language = "es".equals(locale.getLanguage()) ? "es" : "en";
        String resource = "/dev/playground/engine/prompt/starters/" + language + "/" + id + PlaygroundFormat.EXTENSION;
        try (InputStream in = StarterTemplates.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("No starter template '" + id + "'. Known: " + String.join(", ", IDS) + ".");
            return PlaygroundFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Starter template " + resource + " is broken", e);
        }
    }
}

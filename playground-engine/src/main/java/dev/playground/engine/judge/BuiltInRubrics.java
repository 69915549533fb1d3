package dev.playground.engine.judge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The rubrics that ship with the app; their prompts are resources the user can copy and edit. */
public final class BuiltInRubrics {
    public static final List<String> IDS = List.of("groundedness", "relevance", "correctness", "safety", "guideline");

    private BuiltInRubrics() {}

    public static List<Rubric> all() {
        return IDS.stream().map(BuiltInRubrics::get).toList();
    }

    /** @throws IllegalArgumentException naming the known rubrics */
    public static Rubric get(String id) {
        String key = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        JudgeScale scale = switch (key) {
            case "groundedness", "relevance", "correctness" -> JudgeScale.ONE_TO_FIVE;
            case "safety", "guideline" -> JudgeScale.PASS_FAIL;
            default -> throw new IllegalArgumentException("Unknown judge rubric '" + id + "'. Use one of: " + String.join(", ", IDS)
                    + " (guideline takes your own rule, e.g. guideline:Answer in Spanish).");
        };
        return new Rubric(key, scale, resource(key + ".txt"), "");
    }

    static String systemPrompt() {
        return resource("system.txt");
    }

    static String outputFormat(JudgeScale scale) {
        return resource(scale == JudgeScale.ONE_TO_FIVE ? "format-score.txt" : "format-pass-fail.txt");
    }

    private static String resource(String name) {
        try (InputStream in = BuiltInRubrics.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("Missing judge prompt resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

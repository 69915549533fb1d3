package dev.playground.engine.bundle;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Prompts made up from a seed, for round-trip tests: a registry name, one to three versions, each a chat of one to four
 * messages (an optional system message, then users and assistants in turn, ending on a user message) whose text mixes
 * words in English and Spanish, punctuation, line breaks and variables ({{name}}); a model and the settings every
 * format we export can carry (temperature, top-p, max tokens, stop sequences), and the variables' last values.
 */
final class GeneratedPrompts {
    private static final String[] WORDS = {"answer", "briefly", "the", "ticket", "Explica", "el", "pedido", "con", "ejemplos", "señal",
        "über", "café", "rules:", "—", "(one)", "'quoted'", "\"double\"", "50%", "#1", "a:b", "[x]", "tab\there", "coma,", "punto.", "¿qué?"};
    private static final String[] VARIABLES = {"question", "ticket", "tema", "customer_name", "context", "lang"};
    private static final String[] MODELS = {"gpt-4o-mini", "llama3.1:8b", "claude-3-5-haiku", "mistral-small"};

    private final Random random;

    GeneratedPrompts(long seed) {
        random = new Random(seed);
    }

    BundledPrompt next(int number) {
        String name = "gen-" + number + "-" + Long.toString(Math.abs(random.nextLong()) % 100000, 36);
        int versions = 1 + random.nextInt(3);
        List<BundledVersion> out = new ArrayList<>();
        for (int v = 1; v <= versions; v++) {
            out.add(new BundledVersion(v, document(), "version " + v, "", null, List.of(), Map.of()));
        }
        return new BundledPrompt(name, List.of(), Map.of(), out);
    }

    private PromptDocument document() {
        List<PromptMessage> messages = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        if (random.nextBoolean()) messages.add(new PromptMessage(Role.SYSTEM, text(values)));
        int turns = random.nextInt(2);
        for (int i = 0; i < turns; i++) {
            messages.add(new PromptMessage(Role.USER, text(values)));
            messages.add(new PromptMessage(Role.ASSISTANT, text(values)));
        }
        messages.add(new PromptMessage(Role.USER, text(values)));
        Double temperature = random.nextBoolean() ? null : random.nextInt(21) / 10.0;
        Double topP = random.nextInt(3) == 0 ? random.nextInt(11) / 10.0 : null;
        Integer maxTokens = random.nextBoolean() ? null : 16 * (1 + random.nextInt(64));
        List<String> stop = random.nextInt(3) == 0 ? List.of("\n\n", "END") : List.of();
        ModelSettings settings = new ModelSettings(temperature, topP, null, maxTokens, stop, null, null, null, null);
        return new PromptDocument(new PromptTemplate(messages), "", MODELS[random.nextInt(MODELS.length)], settings, values);
    }

    /** A few words with variables among them; each variable used gets a value. */
    private String text(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int words = 1 + random.nextInt(12);
        for (int i = 0; i < words; i++) {
            if (i > 0) out.append(random.nextInt(8) == 0 ? "\n" : " ");
            if (random.nextInt(5) == 0) {
                String variable = VARIABLES[random.nextInt(VARIABLES.length)];
                out.append("{{").append(variable).append("}}");
                values.putIfAbsent(variable, "value of " + variable);
            } else {
                out.append(WORDS[random.nextInt(WORDS.length)]);
            }
        }
        return out.toString().strip();
    }
}

package dev.playground.engine.tokens;

import java.util.Locale;

/** Model names as tables key them: lower case, without a provider or path prefix ("openai/", "models/"). */
final class ModelNames {
    private ModelNames() {}

    static String bare(String model) {
        String name = model.strip().toLowerCase(Locale.ROOT);
        int slash = name.lastIndexOf('/');
        if (slash >= 0) name = name.substring(slash + 1);
        int colon = name.indexOf(':');
        // Ollama tags ("llama3.1:8b") name a size, not a different tokenizer or window.
        return colon > 0 ? name.substring(0, colon) : name;
    }
}

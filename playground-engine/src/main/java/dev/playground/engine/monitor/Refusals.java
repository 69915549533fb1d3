package dev.playground.engine.monitor;

import java.util.List;
import java.util.Locale;

/**
 * Whether an answer declines the request, judged from how it opens (English and Spanish phrasings).
 * A plain heuristic for the refusal rate in drift; it does not read intent.
 */
public final class Refusals {
    private static final List<String> OPENINGS = List.of("i can't", "i cannot", "i can not", "i'm sorry, but", "i am sorry, but",
            "sorry, but i", "i'm unable to", "i am unable to", "i won't", "i will not", "as an ai", "i'm not able to",
            "i am not able to", "no puedo", "lo siento, pero", "lo siento, no", "no me es posible", "como modelo de lenguaje");

    private Refusals() {}

    public static boolean isRefusal(String answer) {
        if (answer == null || answer.isBlank()) return false;
        String start = answer.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (start.length() > 160) start = start.substring(0, 160);
        for (String opening : OPENINGS) if (start.startsWith(opening) || start.contains(". " + opening) || start.contains("\n" + opening)) return true;
        return false;
    }
}

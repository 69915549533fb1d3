package dev.playground.engine.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words around a match that show someone talking about an attack rather than making one ("what does … mean",
 * "por ejemplo", "detect"). The text is scanned once per check and the places of these words kept, so each
 * injection match only asks whether one lies near it; no regular expression runs per match.
 */
final class MetaWords {
    /** Whole words and phrases (words separated by one space), over normalized text. */
    private static final String PHRASES = String.join("|",
            "what does|what do|is this|is that|explain|for example|an example|example of|examples|detect|detects|detection",
            "detector|defend|protect|prevent|attack|attacks|injection|injections|jailbreak|jailbreaks|phrase|phrases|sentence",
            "string|the text|mean|means|meaning|how do|how does|how can|why do|why does|why did|should i|classifier|filter",
            "my chatbot|my bot|our bot|users type|users write|users send|someone wrote|someone sent|someone typed|someone posted",
            "translate|que significa|que es|que quiere decir|por ejemplo|un ejemplo|ejemplo de|ejemplos|explica|explicame",
            "detectar|detecte|detecta|clasificador|defender|proteger|prevenir|ataque|ataques|inyeccion|inyecciones|frase|frases",
            "por que|como se|como puedo|como podemos|como detecto|significa|el modelo|mi chatbot|mi bot|los usuarios escriben",
            "los usuarios mandan|los usuarios envian|alguien escribio|alguien envio|alguien puso|traduce|traducir|the model",
            "the assistant|el asistente|research|paper|article|articulo|investigacion|clase|class|course|curso");

    /** First word to the rest of each phrase that starts with it (empty array: the word alone). */
    private static final Map<String, List<String[]>> BY_FIRST = new HashMap<>();
    private static final int LONGEST_WORD;

    static {
        int longest = 0;
        for (String phrase : PHRASES.split("\\|")) {
            String[] words = phrase.split(" ");
            BY_FIRST.computeIfAbsent(words[0], k -> new ArrayList<>()).add(Arrays.copyOfRange(words, 1, words.length));
            longest = Math.max(longest, words[0].length());
        }
        LONGEST_WORD = longest;
    }

    private final int[] starts;
    private final int[] ends;
    private final int count;

    private MetaWords(int[] starts, int[] ends, int count) {
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    /** Every meta phrase in {@code t} (normalized text), in order. */
    static MetaWords scan(String t) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!word(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && word(t.charAt(j))) j++;
            List<String[]> rests = j - i <= LONGEST_WORD && t.charAt(i) >= 'a' && t.charAt(i) <= 'z' ? BY_FIRST.get(t.substring(i, j)) : null;
            if (rests != null) {
                for (String[] rest : rests) {
                    int end = follows(t, j, rest);
                    if (end > 0) {
                        if (count == starts.length) {
                            starts = Arrays.copyOf(starts, count * 2);
                            ends = Arrays.copyOf(ends, count * 2);
                        }
                        starts[count] = i;
                        ends[count++] = end;
                        break;
                    }
                }
            }
            i = j;
        }
        return new MetaWords(starts, ends, count);
    }

    /** True when a meta phrase lies wholly inside {@code from..to}. */
    boolean within(int from, int to) {
        int k = Arrays.binarySearch(starts, 0, count, from);
        if (k < 0) k = -k - 1;
        for (; k < count && starts[k] < to; k++) {
            if (ends[k] <= to) return true;
        }
        return false;
    }

    /** The end of {@code rest}'s words, each after one space, from {@code at}; 0 when they do not follow. */
    private static int follows(String t, int at, String[] rest) {
        int j = at;
        for (String w : rest) {
            if (j >= t.length() || t.charAt(j) != ' ' || !t.startsWith(w, j + 1)) return 0;
            j += 1 + w.length();
            if (j < t.length() && word(t.charAt(j))) return 0;
        }
        return j;
    }

    private static boolean word(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c > 127 && Character.isLetterOrDigit(c)
                || c >= 'A' && c <= 'Z';
    }
}

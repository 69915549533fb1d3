package dev.playground.engine.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Counting piece by piece must give exactly the count of the whole text, for every text. */
class SafeSplitsTest {
    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
    private static final List<Encoding> ENCODINGS = List.of(
            REGISTRY.getEncoding(EncodingType.O200K_BASE), REGISTRY.getEncoding(EncodingType.CL100K_BASE));

    /** Fragments that stress the pre-tokenizer: accents, case changes, marks, surrogates, digits, contractions, odd spacing. */
    private static final String[] FRAGMENTS = {
        "Hola", "¿Qué", "tal?", "¡Olé!", "año", "niño", "acción", "pingüino", "ÁRBOL", "Ñandú", "café", "e\u0301", "naïve",
        "the", "The", "THE", "McDonald", "iPhone", "it's", "DON'T", "we'll", "they'RE", "x", "A", "a", "ǅemal", "ʰ",
        "東京", "日本語です", "한국어", "Привет", "γειά", "مرحبا", "שלום", "हिन्दी", "𝐀𝐁𝐂", "𝔘𝔫𝔦", "🙂", "👩‍💻", "🇪🇸",
        "123", "4567", "3.14159", "1,000,000", "v2", "2026-11-22", "#1", "$5", "100%", "(sí)", "[x]", "{{ name }}",
        "{% if a %}", "-->", "...", "—", "«cita»", "\"q\"", "'s", "/path/to", "a/b", "https://example.com/x?y=1",
        " ", "  ", "   ", "\t", "\n", "\n\n", "\r\n", " \n", "\n ", "  \n\n  ", "\u00a0", "\u3000", "\u2028",
    };

    @Test
    void piecesAddUpToTheWholeCountForVariedText() {
        Random random = new Random(20261122);
        for (int round = 0; round < 3_000; round++) {
            String text = randomText(random, 1 + random.nextInt(round % 10 == 0 ? 800 : 80));
            for (Encoding encoding : ENCODINGS) {
                int whole = encoding.countTokensOrdinary(text);
                for (int longPiece : new int[] {1, 7, SafeSplits.LONG_PIECE}) {
                    List<String> pieces = SafeSplits.pieces(text, longPiece);
                    assertThat(String.join("", pieces)).isEqualTo(text);
                    int sum = pieces.stream().mapToInt(encoding::countTokensOrdinary).sum();
                    assertThat(sum).as("%s, long piece %d, text %s", encoding.getName(), longPiece, escape(text)).isEqualTo(whole);
                }
            }
        }
    }

    @Test
    void cutsAreTakenAtLineStartsAndInLongLines() {
        assertThat(SafeSplits.pieces("Uno\nDos\n\nTres\n- cuatro\n5 cinco")).containsExactly("Uno\n", "Dos\n\n", "Tres\n- cuatro\n5 cinco");
        String longLine = "palabra ".repeat(200);
        assertThat(SafeSplits.pieces(longLine)).hasSizeGreaterThan(1).allSatisfy(piece -> assertThat(piece.length()).isLessThan(600));
    }

    @Test
    void aCutThePreTokenizerWouldNotMakeChangesTheCount() {
        // The property above is not trivially true: cutting inside a word or a run of blank lines changes counts.
        Encoding o200k = ENCODINGS.get(0);
        assertThat(o200k.countTokensOrdinary("internationalization")).isNotEqualTo(
                o200k.countTokensOrdinary("internation") + o200k.countTokensOrdinary("alization"));
        assertThat(o200k.countTokensOrdinary("a\n\n\nb")).isNotEqualTo(
                o200k.countTokensOrdinary("a\n") + o200k.countTokensOrdinary("\n") + o200k.countTokensOrdinary("\nb"));
    }

    @Test
    void countsAfterEditsMatchAFreshCount() {
        TokenCounter counter = new TokenCounter();
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(randomText(random, 3_000));
        for (int edit = 0; edit < 200; edit++) {
            int at = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) + 1));
            if (random.nextBoolean() && at < text.length()) text.delete(at, text.offsetByCodePoints(at, 1));
            else text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            String now = text.toString();
            // gpt-4o counts with o200k; gpt-4 and unknown models with cl100k.
            assertThat(counter.count(List.of(new RenderedMessage(Role.USER, now)), "gpt-4o").total())
                    .isEqualTo(ENCODINGS.get(0).countTokensOrdinary(now));
            for (String model : List.of("gpt-4", "some-unknown-model")) {
                assertThat(counter.count(List.of(new RenderedMessage(Role.USER, now)), model).total())
                        .isEqualTo(ENCODINGS.get(1).countTokensOrdinary(now));
            }
        }
    }

    private static String randomText(Random random, int fragments) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < fragments; i++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            if (random.nextInt(3) > 0) text.append(random.nextInt(8) == 0 ? "\n" : " ");
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}

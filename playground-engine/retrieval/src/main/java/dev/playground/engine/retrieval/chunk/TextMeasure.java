package dev.playground.engine.retrieval.chunk;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.function.ToIntFunction;

/** The size of a piece of text in the chunking unit. */
final class TextMeasure {
    private static final Encoding CL100K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    private TextMeasure() {}

    static ToIntFunction<String> of(ChunkingSettings.Unit unit) {
        return switch (unit) {
            case CHARACTERS, HEADINGS -> String::length;
            case TOKENS -> CL100K::countTokensOrdinary;
        };
    }
}

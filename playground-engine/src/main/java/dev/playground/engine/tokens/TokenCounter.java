package dev.playground.engine.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import dev.playground.engine.model.RenderedMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts tokens with the encoding that matches the model where it is known (OpenAI families);
 * for other models {@link #isExact} is false and the count is a cl100k-based estimate.
 */
public final class TokenCounter {
    private final EncodingRegistry registry = Encodings.newLazyEncodingRegistry();
    private final PieceCounts pieces = new PieceCounts(50_000);

    public int count(String text, String model) {
        if (text == null || text.isEmpty()) return 0;
        return pieces.count(encodingFor(model), text);
    }

    /** Counts every message with the model's encoding; see {@link TokenReport#estimate()}. */
    public TokenReport count(List<RenderedMessage> messages, String model) {
        Encoding encoding = encodingFor(model);
        List<Integer> counts = new ArrayList<>(messages.size());
        int total = 0;
        for (RenderedMessage message : messages) {
            int tokens = pieces.count(encoding, message.text());
            counts.add(tokens);
            total += tokens;
        }
        return new TokenReport(counts, total, !isExact(model), encodingName(model));
    }

    public boolean isExact(String model) {
        return knownEncoding(model) != null;
    }

    public String encodingName(String model) {
        EncodingType type = knownEncoding(model);
        return type == null ? EncodingType.CL100K_BASE.getName() : type.getName();
    }

    private Encoding encodingFor(String model) {
        EncodingType type = knownEncoding(model);
        return registry.getEncoding(type == null ? EncodingType.CL100K_BASE : type);
    }

    private static EncodingType knownEncoding(String model) {
        if (model == null || model.isBlank()) return null;
        String name = ModelNames.bare(model);
        if (name.startsWith("databricks-")) name = name.substring("databricks-".length());
        if (name.startsWith("gpt-4o") || name.startsWith("gpt-4.1") || name.startsWith("gpt-5") || name.startsWith("o1")
                || name.startsWith("o3") || name.startsWith("o4") || name.startsWith("chatgpt-4o") || name.startsWith("gpt-oss")) {
            return EncodingType.O200K_BASE;
        }
        if (name.startsWith("gpt-4") || name.startsWith("gpt-3.5") || name.startsWith("text-embedding")) {
            return EncodingType.CL100K_BASE;
        }
        return null;
    }
}

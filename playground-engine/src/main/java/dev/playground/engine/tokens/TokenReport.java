package dev.playground.engine.tokens;

import java.util.List;

/**
 * Token counts of the messages of one prompt, in order, and their sum. {@code estimate} is true
 * when the model's tokenizer is unknown and the counts come from a similar encoding instead.
 * Counts are of message text only; chat APIs add a few tokens of framing per message.
 */
public record TokenReport(List<Integer> perMessage, int total, boolean estimate, String encoding) {
    public TokenReport {
        perMessage = List.copyOf(perMessage);
    }
}

package dev.playground.engine.guard;

import dev.playground.engine.tokens.TokenCounter;
import java.util.List;

/** Text longer than a number of tokens (counted for the model when we know its tokenizer, estimated otherwise). */
public final class TokenLimitRail implements Rail {
    public static final String NAME = "tokens";

    private final int limit;
    private final String model;
    private final TokenCounter counter;

    public TokenLimitRail(int limit, String model, TokenCounter counter) {
        if (limit < 1) throw new IllegalArgumentException("The token limit must be at least 1.");
        this.limit = limit;
        this.model = model == null ? "" : model;
        this.counter = counter;
    }

    public int limit() {
        return limit;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<GuardFinding> check(String text) {
        int tokens = counter.count(text, model);
        if (tokens <= limit) return List.of();
        return List.of(new GuardFinding(NAME, "TOKEN_LIMIT", 0, text.length(), "", 1.0,
                tokens + " tokens, over the limit of " + limit));
    }
}

package dev.playground.engine.run;

/** A run stopped before anything was sent, for a reason the person can fix (template problems are {@code TemplateException}s). */
public final class RunProblem extends RuntimeException {
    public enum Kind {
        /** Every message rendered blank. */
        EMPTY,
        /** Retrieval could not fill {@code {{context}}}; the message says why. */
        RETRIEVAL
    }

    private final Kind kind;

    public RunProblem(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

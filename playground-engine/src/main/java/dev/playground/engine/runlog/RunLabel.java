package dev.playground.engine.runlog;

/**
 * What the run log files a call under: the prompt's name, the saved version that ran (0 when it was
 * a file or an unsaved draft) and the alias it was reached through (empty when none). {@code runId}, when
 * set, is the id the call's run-log entry gets, so the caller can later attach feedback or a judge's score to
 * it ({@link RunLog#feedback}, {@link RunLog#judged}); null lets the run log pick one.
 */
public record RunLabel(String prompt, int version, String alias, String runId) {
    public static final RunLabel NONE = new RunLabel("", 0, "");

    public RunLabel {
        prompt = prompt == null ? "" : prompt;
        alias = alias == null ? "" : alias;
        if (version < 0) throw new IllegalArgumentException("A prompt version is 1 or more (0 for none).");
        if (runId != null && runId.isBlank()) runId = null;
    }

    public RunLabel(String prompt, int version, String alias) {
        this(prompt, version, alias, null);
    }

    /** Just a name: a prompt file, a draft, an internal call ("guard: safety"). */
    public static RunLabel of(String prompt) {
        return new RunLabel(prompt, 0, "");
    }

    /** The same label for one call whose run-log entry takes {@code id}. */
    public RunLabel withRunId(String id) {
        return new RunLabel(prompt, version, alias, id);
    }
}

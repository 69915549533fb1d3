package dev.playground.engine.runlog;

/**
 * What the run log files a call under: the prompt's name, the saved version that ran (0 when it was
 * a file or an unsaved draft) and the alias it was reached through (empty when none).
 */
public record RunLabel(String prompt, int version, String alias) {
    public static final RunLabel NONE = new RunLabel("", 0, "");

    public RunLabel {
        prompt = prompt == null ? "" : prompt;
        alias = alias == null ? "" : alias;
        if (version < 0) throw new IllegalArgumentException("A prompt version is 1 or more (0 for none).");
    }

    /** Just a name: a prompt file, a draft, an internal call ("guard: safety"). */
    public static RunLabel of(String prompt) {
        return new RunLabel(prompt, 0, "");
    }
}

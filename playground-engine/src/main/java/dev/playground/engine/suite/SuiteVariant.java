package dev.playground.engine.suite;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.runlog.RunLabel;

/**
 * One column of a suite run: a prompt version on a connection and model with settings. {@code label} is what
 * reports show ({@code support@champion · local:gpt-4o-mini}); {@code runLabel} files its runs in the run log under
 * the prompt's name, the version that ran and the alias it was reached through ({@code logName} is that name).
 */
public record SuiteVariant(int index, String label, String prompt, PromptDocument document, Connection connection, String model,
                           ModelSettings settings, String logName, RunLabel runLabel) {
    public SuiteVariant {
        logName = logName == null ? "" : logName;
        runLabel = runLabel == null ? RunLabel.of(logName) : runLabel;
    }

    /** Filed under {@code logName} only (no version or alias). */
    public SuiteVariant(int index, String label, String prompt, PromptDocument document, Connection connection, String model,
                        ModelSettings settings, String logName) {
        this(index, label, prompt, document, connection, model, settings, logName, null);
    }
}

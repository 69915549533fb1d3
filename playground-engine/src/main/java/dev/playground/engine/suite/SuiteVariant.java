package dev.playground.engine.suite;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;

/**
 * One column of a suite run: a prompt version on a connection and model with settings. {@code label} is what
 * reports show ({@code support@champion · local:gpt-4o-mini}); {@code logName} files its runs in the run log.
 */
public record SuiteVariant(int index, String label, String prompt, PromptDocument document, Connection connection, String model,
                           ModelSettings settings, String logName) {}

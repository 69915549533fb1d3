package dev.playground.app.cli;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.prompt.file.PromptFile;
import dev.playground.engine.prompt.file.PromptFiles;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What {@code run} was asked to run: a prompt file, or a saved version ({@code NAME}, {@code NAME/3},
 * {@code NAME@alias}) when no file of that name exists. {@code ownSettings} says whether the prompt
 * brings its own model parameters (a plain text file does not).
 */
record RunTarget(PromptDocument document, String logName, boolean ownSettings, RunLabel label) {
    RunTarget(PromptDocument document, String logName, boolean ownSettings) {
        this(document, logName, ownSettings, RunLabel.of(logName));
    }

    static RunTarget resolve(String argument, Supplier<LocalStore> store) {
        Path file = Path.of(argument);
        if (Files.exists(file) || argument.contains(java.io.File.separator) && !argument.matches(".*/\\d+")) return fromFile(file);
        PromptVersion version;
        PromptRef ref;
        try {
            ref = PromptRef.parse(argument);
            version = ref.resolve(store.get());
        } catch (BadInputException e) {
            // "notes.txt" was meant as a file; "support@prod" or "exam.tutor" as a saved prompt.
            if (!argument.contains("@") && file.getFileName().toString().matches(".*\\.[A-Za-z]{2,7}")) return fromFile(file);
            throw new BadInputException("No file '" + argument + "' here, and no saved prompt by that name: " + e.getMessage());
        }
        String alias = ref.alias() == null || ref.alias().equals("latest") ? "" : ref.alias();
        return new RunTarget(version.document(), version.promptName(), true, new RunLabel(version.promptName(), version.version(), alias));
    }

    private static RunTarget fromFile(Path file) {
        PromptFile prompt = TemplateFiles.readPrompt(file);
        boolean own = PromptFiles.formatOf(file, read(file)) != PromptFiles.Format.PLAIN_TEXT;
        return new RunTarget(prompt.document(), baseName(file), own);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** The run log's prompt name: the file name without its extensions. */
    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

package dev.playground.app.cli;

import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.file.PromptFile;
import dev.playground.engine.prompt.file.PromptFileException;
import dev.playground.engine.prompt.file.PromptFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a prompt file for the command line: {@code .prompty}, {@code .prompt.yaml}, or plain text
 * (one user message). Every failure becomes a {@link BadInputException} that says what to do.
 */
final class TemplateFiles {
    private TemplateFiles() {}

    static PromptTemplate read(Path file) {
        return readPrompt(file).document().template();
    }

    static PromptFile readPrompt(Path file) {
        if (Files.isDirectory(file)) throw new BadInputException(file + " is a folder; give a prompt file.");
        PromptFile prompt;
        try {
            prompt = PromptFiles.load(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("No such file: " + file);
        } catch (PromptFileException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage());
        }
        if (prompt.document().template().messages().stream().allMatch(m -> m.template().isBlank())) {
            throw new BadInputException(file + " is empty: write the prompt in it first.");
        }
        return prompt;
    }
}

package dev.playground.app.cli;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.file.PromptFileException;
import dev.playground.engine.prompt.file.PromptFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** What {@code prompt save} stores: a whole document from a .prompty or prompt YAML file, or plain text as one user message. */
final class PromptFileDocuments {
    private PromptFileDocuments() {}

    static PromptDocument read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".prompty") || name.endsWith(".yaml") || name.endsWith(".yml"))) return PromptDocument.of(TemplateFiles.read(file));
        try {
            return PromptFiles.load(file).document();
        } catch (PromptFileException e) {
            throw new BadInputException(file + (e.line() > 0 ? " line " + e.line() : "") + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage());
        }
    }
}

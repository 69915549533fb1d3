package dev.playground.app.cli;

import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a prompt file for the command line. Plain text is one user message. */
final class TemplateFiles {
    private TemplateFiles() {}

    static PromptTemplate read(Path file) {
        if (Files.isDirectory(file)) throw new BadInputException(file + " is a folder; give a prompt file.");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("No such file: " + file);
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + " is not UTF-8 text. Save it as UTF-8 and try again.");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new BadInputException(file + " is empty: write the prompt in it first.");
        return PromptTemplate.of(PromptMessage.user(text));
    }
}

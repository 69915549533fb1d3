package dev.playground.engine.prompt.file;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens and saves prompt files, choosing the format by name: {@code .prompty} is Prompty,
 * {@code .prompt.yaml}/{@code .prompt.yml} (or any YAML with {@code messages:}) is ours, anything
 * else is plain text holding one user message.
 */
public final class PromptFiles {
    public enum Format { PLAIN_TEXT, PLAYGROUND, PROMPTY }

    private PromptFiles() {}

    public static Format formatOf(Path file, String content) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(PromptyFormat.EXTENSION)) return Format.PROMPTY;
        if (name.endsWith(".prompt.yaml") || name.endsWith(".prompt.yml")) return Format.PLAYGROUND;
        if ((name.endsWith(".yaml") || name.endsWith(".yml")) && content.lines().anyMatch(l -> l.startsWith("messages:"))) {
            return Format.PLAYGROUND;
        }
        return Format.PLAIN_TEXT;
    }

    public static PromptFile load(Path file) throws IOException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new PromptFileException("The file " + file.getFileName() + " is not UTF-8 text. Save it as UTF-8 and open it again.", 0, e);
        }
        try {
            return switch (formatOf(file, content)) {
                case PROMPTY -> PromptyFormat.read(content, file.toAbsolutePath().getParent());
                case PLAYGROUND -> PlaygroundFormat.read(content);
                case PLAIN_TEXT -> PlainTextFormat.read(content, baseName(file));
            };
        } catch (PromptFileException e) {
            throw new PromptFileException(file.getFileName() + ": " + e.getMessage(), e.line(), e);
        }
    }

    /** Writes {@code prompt} in the format its file name asks for (plain text is not a save format). */
    public static void save(Path file, PromptFile prompt) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        if (name.endsWith(PromptyFormat.EXTENSION)) text = PromptyFormat.write(prompt);
        else if (name.endsWith(".yaml") || name.endsWith(".yml")) text = PlaygroundFormat.write(prompt);
        else throw new PromptFileException("Save prompts as NAME" + PlaygroundFormat.EXTENSION + " or NAME" + PromptyFormat.EXTENSION
                + " so nothing is lost; " + file.getFileName() + " has neither ending.", 0);
        Path temp = file.resolveSibling(file.getFileName() + ".saving");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

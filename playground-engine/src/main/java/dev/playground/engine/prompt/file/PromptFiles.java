package dev.playground.engine.prompt.file;

import dev.playground.engine.model.SettingsRanges;
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

    /** The largest prompt file read (the import's per-file limit); a saved version is further limited to 1 MiB as exported. */
    public static final int MAX_FILE_BYTES = 4 << 20;

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
            content = readBounded(file);
        } catch (MalformedInputException e) {
            throw new PromptFileException("The file " + file.getFileName() + " is not UTF-8 text. Save it as UTF-8 and open it again.", 0, e);
        }
        try {
            PromptFile prompt = switch (formatOf(file, content)) {
                case PROMPTY -> PromptyFormat.read(content, file.toAbsolutePath().getParent());
                case PLAYGROUND -> PlaygroundFormat.read(content);
                case PLAIN_TEXT -> PlainTextFormat.read(content, baseName(file));
            };
            SettingsRanges.check(prompt.document().settings());
            return prompt;
        } catch (PromptFileException e) {
            throw new PromptFileException(file.getFileName() + ": " + e.getMessage(), e.line(), e);
        } catch (IllegalArgumentException e) {
            // A setting of the wrong kind or out of range ("temperature: hot"): refused, never dropped or clamped.
            throw new PromptFileException(file.getFileName() + ": " + e.getMessage(), 0, e);
        }
    }

    /**
     * The file as UTF-8 text, refused past {@link #MAX_FILE_BYTES}: by its size when it has one, and by reading at most
     * one byte more otherwise (a device such as /dev/zero reports size 0 and never ends).
     */
    public static String readBounded(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) throw tooLarge(file);
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) throw tooLarge(file);
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private static PromptFileException tooLarge(Path file) {
        return new PromptFileException(file.getFileName() + " is larger than " + (MAX_FILE_BYTES >> 20) + " MiB, the most a prompt file may hold;"
                + " it was not read. Keep long reference text in a document collection.", 0);
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

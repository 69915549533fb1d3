package dev.playground.engine.retrieval.handbook;

import dev.playground.engine.retrieval.Cancellation;
import dev.playground.engine.retrieval.DocumentCollection;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.retrieval.Source;
import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The handbook of Nortada, the fictional e-bike company of the study labs: about ten short policies and manuals in
 * English and Spanish, shipped as resources and turned into a ready document collection on first use. The files are
 * copied to {@code <data folder>/study/handbook/<en|es>/} (so citations point at real files the student can open)
 * and each language folder is attached with its language as a tag.
 */
public final class StudyHandbook {
    public static final List<String> LANGUAGES = List.of("en", "es");
    private static final String ROOT = "study/handbook/";

    private final DocumentCollections collections;
    private final Path folder;

    public StudyHandbook(DocumentCollections collections, Path dataFolder) {
        this.collections = collections;
        this.folder = dataFolder.resolve("study").resolve("handbook");
    }

    /** The handbook's file names, the same in every language. */
    public static List<String> files() {
        return Arrays.stream(resourceText("index.txt").split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** The text of one handbook file as shipped. */
    public static String text(String language, String file) {
        return resourceText(language + "/" + file);
    }

    /** Where the handbook's files are copied to. */
    public Path folder() {
        return folder;
    }

    /** Writes the shipped files into the data folder, replacing any that differ (an edited copy is put back). */
    public Path install() throws IOException {
        for (String language : LANGUAGES) {
            Path target = folder.resolve(language);
            Files.createDirectories(target);
            for (String file : files()) {
                Path path = target.resolve(file);
                String text = text(language, file);
                if (Files.exists(path) && Files.readString(path, StandardCharsets.UTF_8).equals(text)) continue;
                Path temporary = Files.createTempFile(target, file, ".tmp");
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return folder;
    }

    /**
     * The named collection with the handbook in it, brought up to date. A collection that does not exist yet is
     * created with {@code chunking} (null: the defaults); an existing one keeps the chunking the student chose.
     */
    public DocumentCollection ensure(String name, ChunkingSettings chunking, IndexProgress progress) throws IOException {
        boolean isNew = !collections.exists(name);
        DocumentCollection collection = collections.open(name);
        install();
        if (isNew || collection.settings().sources().isEmpty()) {
            if (chunking != null) collection.setChunking(chunking);
            for (String language : LANGUAGES) collection.attach(new Source(folder.resolve(language), List.of(language)));
        }
        collection.update(progress == null ? IndexProgress.NONE : progress, new Cancellation());
        return collection;
    }

    /** Chunking settings from a lab's words ({@code headings}, 800, 100); nulls fall back to the splitter's defaults. */
    public static ChunkingSettings chunking(String unit, Integer size, Integer overlap) {
        return chunking(unit, size, overlap, null);
    }

    /**
     * As {@link #chunking(String, Integer, Integer)}, and whether search reads each chunk with its heading path and
     * outline ({@code false}: a plain splitter's chunks, found by their own words only; null: on, the default).
     */
    public static ChunkingSettings chunking(String unit, Integer size, Integer overlap, Boolean searchContext) {
        if (unit == null && size == null && overlap == null && searchContext == null) return null;
        ChunkingSettings.Unit chosen = unit == null ? ChunkingSettings.Unit.CHARACTERS
                : ChunkingSettings.Unit.valueOf(unit.strip().toUpperCase(Locale.ROOT));
        ChunkingSettings defaults = ChunkingSettings.defaultsFor(chosen);
        return new ChunkingSettings(chosen, size == null ? defaults.maxSize() : size, overlap == null ? defaults.overlap() : overlap,
                searchContext == null || searchContext);
    }

    private static String resourceText(String path) {
        try (InputStream in = StudyHandbook.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) throw new IllegalStateException("The study handbook is missing " + ROOT + path + " from the app.");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The study handbook's " + path + " cannot be read: " + e.getMessage(), e);
        }
    }
}

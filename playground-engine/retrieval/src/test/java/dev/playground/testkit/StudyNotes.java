package dev.playground.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A bilingual retrieval evaluation set written for this project: fifteen study notes on GenAI and
 * Databricks topics (ten in Spanish, five in English; outlines, tables, code, ASCII diagrams and
 * prose, one plain-text outline) and questions in both languages, each naming the file and the
 * phrases of its answering passage. Questions are split into {@code dev} (looked at while tuning
 * search) and {@code held} (never looked at while tuning), so a gain on dev alone shows up.
 */
public final class StudyNotes {
    public static final List<String> FILES = List.of("es-chunking.md", "es-vector-search.md", "es-serving.md", "es-evaluacion.md",
            "es-registro-uc.md", "es-gobernanza.txt", "es-agentes.md", "es-confusiones.md", "es-prompts.md", "es-mlflow-trazas.md",
            "en-prompts.md", "en-rag-chain.md", "en-fm-apis.md", "en-monitoring.md", "en-vector-cheatsheet.md");

    /** One question; a chunk of one of {@code files} that contains one of {@code phrases} answers it. */
    public record Question(String split, String language, String question, List<String> files, List<String> phrases) {
        public boolean answeredBy(String fileName, String chunkText) {
            return files.contains(fileName) && phrases.stream().anyMatch(chunkText::contains);
        }
    }

    private StudyNotes() {}

    /** Writes the notes into {@code folder} (created if needed) and returns it. */
    public static Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : FILES) {
            try (InputStream in = resource("/study-notes/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder;
    }

    public static List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        String text;
        try (InputStream in = resource("/study-notes-questions.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t");
            List<String> phrases = new ArrayList<>(List.of(parts[4].split(" \\| ")));
            phrases.add(parts[4]);
            questions.add(new Question(parts[0], parts[1], parts[2], List.of(parts[3].split(",")), List.copyOf(phrases)));
        }
        return questions;
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = StudyNotes.class.getResourceAsStream(path);
        if (in == null) throw new IOException("Test resource missing: " + path);
        return in;
    }
}

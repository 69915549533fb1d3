package dev.playground.engine.bundle;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Realistic prompts used by the bundle tests. */
final class BundleSamples {
    private BundleSamples() {}

    static PromptDocument tutor(String userText, double temperature) {
        PromptTemplate template = PromptTemplate.of(
                PromptMessage.system("Eres un tutor paciente.\nResponde en {{language}}.\n"),
                PromptMessage.user(userText));
        ModelSettings settings = new ModelSettings(temperature, 0.9, null, 512, List.of("###"), 7, null, 0.1,
                "{\n  \"type\": \"object\"\n}");
        return new PromptDocument(template, "openai-main", "gpt-4o-mini", settings, Map.of("language", "español"),
                Map.of("basic", Map.of("topic", "RAG", "language", "español")),
                new RetrievalSettings("exam-notes", "topic", 4, 0.2, null));
    }

    static BundledPrompt tutorPrompt() {
        Instant created = Instant.parse("2026-11-20T09:15:00Z");
        BundledVersion v1 = new BundledVersion(1, tutor("Explica {{topic}}", 0.2), "first", "ana", created, List.of("draft"),
                Map.of(BundleFormat.JUDGE, Map.of("kind", "llm-rubric", "rubric", "Is it correct?"), BundleFormat.SCORES, Map.of("correctness", 4.5)));
        BundledVersion v2 = new BundledVersion(2, tutor("Explica {{topic}} con un ejemplo", 0.4), "add an example", "luis",
                created.plusSeconds(3600), List.of(), Map.of());
        return new BundledPrompt("exam.tutor", List.of("exam", "rag"), Map.of("champion", 1, "challenger", 2), List.of(v1, v2));
    }

    static Path resource(String path) {
        try {
            return Path.of(BundleSamples.class.getResource("/bundle/" + path).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

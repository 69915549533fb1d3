package dev.playground.engine.study;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A study root held in memory, so each test states exactly the files it reads. */
final class MemorySource implements StudySource {
    private final Map<String, String> files = new HashMap<>();

    MemorySource put(String path, String content) {
        files.put(path, content);
        return this;
    }

    @Override
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(files.get(path)).map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String describe(String path) {
        return "study/" + path;
    }

    /** Two sections of two topics each, three facts (one unconfirmed), one glossary term. */
    static MemorySource small() {
        return new MemorySource()
                .put("topics.yaml", """
                        sections:
                          - {id: 1, weight: 50, en: One, es: Uno}
                          - {id: 2, weight: 50, en: Two, es: Dos}
                        topics:
                          - {id: "1.1", section: 1, en: A, es: A}
                          - {id: "1.2", section: 1, en: B, es: B}
                          - {id: "2.1", section: 2, en: C, es: C}
                          - {id: "2.2", section: 2, en: D, es: D}
                        """)
                .put("facts.yaml", """
                        - {id: "1-1", confirmed: true}
                        - {id: "1-2", confirmed: false}
                        - {id: "C-1", confirmed: true}
                        """)
                .put("glossary.yaml", """
                        - {id: chunk, en: {term: Chunk, definition: A piece.}, es: {term: fragmento, definition: Un trozo.}}
                        """);
    }

    static String question(String id, int section, String topic, String type, String answer, String facts, String enStem,
            String esStem) {
        return """
                - id: %s
                  section: %d
                  topic: "%s"
                  type: %s
                  answer: %s
                  facts: %s
                  en:
                    stem: "%s"
                    options: ["a", "b", "c", "d"]
                    explanation: "Because."
                    optionNotes: ["na", "nb", "nc", "nd"]
                  es:
                    stem: "%s"
                    options: ["a", "b", "c", "d"]
                    explanation: "Porque."
                    optionNotes: ["na", "nb", "nc", "nd"]
                """.formatted(id, section, topic, type, answer, facts, enStem, esStem);
    }
}

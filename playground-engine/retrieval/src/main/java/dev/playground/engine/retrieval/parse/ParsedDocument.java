package dev.playground.engine.retrieval.parse;

import java.util.List;

/** The text of a file in reading order, plus notes the user should see (e.g. pages without text). */
public record ParsedDocument(List<Section> sections, List<String> notes) {
    public ParsedDocument {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    public boolean hasText() {
        return sections.stream().anyMatch(s -> !s.text().isBlank());
    }
}

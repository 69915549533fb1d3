package dev.playground.engine.retrieval.parse;

/**
 * A run of text from one place in a document: a PDF page (page ≥ 1), a Markdown section under a
 * heading path, or the whole body of a file without either (page 0, heading "").
 */
public record Section(String text, int page, String heading) {
    public Section {
        heading = heading == null ? "" : heading;
    }

    public static Section plain(String text) {
        return new Section(text, 0, "");
    }
}

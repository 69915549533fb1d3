package dev.playground.engine.retrieval.parse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file kinds a collection accepts, recognised by extension; content is checked when parsed. */
public enum DocumentType {
    PDF("pdf"),
    OFFICE("docx", "pptx", "xlsx", "odt", "odp", "ods", "doc", "ppt", "xls", "rtf"),
    HTML("html", "htm", "xhtml"),
    MARKDOWN("md", "markdown"),
    TEXT("txt", "text", "log", "rst"),
    CSV("csv", "tsv");

    private final List<String> extensions;

    DocumentType(String... extensions) {
        this.extensions = Arrays.asList(extensions);
    }

    public static Optional<DocumentType> of(Path file) {
        String ext = extension(file);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
    }

    /** Lower-case extension without the dot, or "" when the name has none. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

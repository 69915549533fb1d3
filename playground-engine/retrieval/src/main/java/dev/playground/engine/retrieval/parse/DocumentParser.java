package dev.playground.engine.retrieval.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads any supported file into sections with page or heading metadata. Every refusal is an
 * {@link UnreadableFileException} whose message is fit to show next to the file name.
 */
public final class DocumentParser {
    /** Larger files are refused before reading: they are almost never prose and would stall indexing. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    public ParsedDocument parse(Path file) throws UnreadableFileException {
        DocumentType type = DocumentType.of(file).orElseThrow(() -> new UnreadableFileException(
                "files of type '." + DocumentType.extension(file) + "' are not supported; use PDF, Word, PowerPoint, Excel, "
                        + "OpenDocument, HTML, Markdown, text or CSV"));
        long size = size(file);
        if (size == 0) throw new UnreadableFileException("the file is empty");
        if (size > MAX_FILE_BYTES) {
            throw new UnreadableFileException("the file is larger than 100 MB (" + size / (1024 * 1024) + " MB); split it into smaller files");
        }
        ParsedDocument parsed = switch (type) {
            case PDF -> PdfExtractor.extract(file);
            case OFFICE, HTML -> TikaExtractor.extract(file);
            case MARKDOWN -> MarkdownExtractor.extract(TextFiles.read(file));
            case TEXT -> textOnly(TextFiles.read(file));
            case CSV -> CsvExtractor.extract(TextFiles.read(file), file.toString().endsWith(".tsv") ? '\t' : ',');
        };
        if (!parsed.hasText()) {
            String reason = parsed.notes().isEmpty() ? "the file contains no text" : parsed.notes().getFirst();
            throw new UnreadableFileException(reason);
        }
        return parsed;
    }

    private static ParsedDocument textOnly(String text) {
        String tidy = TextCleaner.tidy(text);
        return new ParsedDocument(tidy.isEmpty() ? List.of() : List.of(Section.plain(tidy)), List.of());
    }

    private static long size(Path file) throws UnreadableFileException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UnreadableFileException("the file could not be read (" + e.getMessage() + ")", e);
        }
    }
}

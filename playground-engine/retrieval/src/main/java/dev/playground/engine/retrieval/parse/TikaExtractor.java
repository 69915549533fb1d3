package dev.playground.engine.retrieval.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Office, OpenDocument and HTML files through Apache Tika's standard parsers. */
final class TikaExtractor {
    private static final AutoDetectParser PARSER = new AutoDetectParser();
    /** What Tika reports when the bytes match no document format (e.g. a truncated Office zip). */
    private static final java.util.Set<String> GENERIC_TYPES = java.util.Set.of("application/zip", "application/octet-stream",
            "application/x-tika-ooxml", "application/x-tika-msoffice", "null");

    private TikaExtractor() {}

    static ParsedDocument extract(Path file) throws UnreadableFileException {
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        try (InputStream in = Files.newInputStream(file)) {
            PARSER.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("the file is encrypted with a password; save a copy without the password and attach that", e);
        } catch (ZeroByteFileException e) {
            throw new UnreadableFileException("the file is empty", e);
        } catch (TikaException | SAXException e) {
            throw new UnreadableFileException("the file is damaged or not in the format its name says (" + firstLine(e) + ")", e);
        } catch (IOException e) {
            throw new UnreadableFileException("the file could not be read (" + firstLine(e) + ")", e);
        }
        String text = TextCleaner.tidy(handler.toString());
        if (text.isBlank() && GENERIC_TYPES.contains(String.valueOf(metadata.get(Metadata.CONTENT_TYPE)))) {
            throw new UnreadableFileException("the file is damaged or not in the format its name says (its content was not recognised)");
        }
        return new ParsedDocument(text.isBlank() ? List.of() : List.of(Section.plain(text)), List.of());
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

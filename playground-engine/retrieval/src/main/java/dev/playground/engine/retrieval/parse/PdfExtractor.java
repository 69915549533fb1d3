package dev.playground.engine.retrieval.parse;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts PDF text page by page in one pass (asking PDFBox for one page at a time walks the
 * whole document each time), so every chunk knows its page.
 */
final class PdfExtractor {
    private PdfExtractor() {}

    static ParsedDocument extract(Path file) throws UnreadableFileException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableFileException("the PDF is protected against text extraction; save an unprotected copy and attach that");
            }
            PageCollector collector = new PageCollector();
            collector.writeText(pdf, new StringWriter());
            return collector.result(pdf.getNumberOfPages());
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("the PDF is encrypted with a password; save a copy without the password and attach that", e);
        } catch (IOException e) {
            throw new UnreadableFileException("the PDF is damaged or not really a PDF (" + e.getMessage() + ")", e);
        }
    }

    /** Collects the text written between each page's start and end. */
    private static final class PageCollector extends PDFTextStripper {
        private final List<Section> pages = new ArrayList<>();
        private final List<Integer> emptyPages = new ArrayList<>();
        private StringWriter page = new StringWriter();

        PageCollector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage pdPage) throws IOException {
            page = new StringWriter();
            output = page;
            super.startPage(pdPage);
        }

        @Override
        protected void endPage(PDPage pdPage) throws IOException {
            super.endPage(pdPage);
            String text = page.toString().strip();
            int number = getCurrentPageNo();
            if (text.isEmpty()) emptyPages.add(number);
            else pages.add(new Section(text, number, ""));
        }

        ParsedDocument result(int pageCount) {
            List<String> notes = new ArrayList<>();
            if (!emptyPages.isEmpty()) {
                String which = emptyPages.size() == pageCount ? "any page" : "pages " + PageRanges.describe(emptyPages);
                if (emptyPages.size() == 1 && pageCount > 1) which = "page " + emptyPages.getFirst();
                notes.add("no extractable text on " + which + ": scanned images? Run OCR on the file to make them searchable");
            }
            return new ParsedDocument(pages, notes);
        }
    }
}

package dev.playground.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Our own English and Spanish retrieval test set: a folder of mixed files (Markdown, text, HTML,
 * CSV, plus PDFs and a DOCX generated here from text sources) and questions whose answering
 * passage is known. Also writes the bad files indexing must report without harm.
 */
public final class RetrievalCorpus {
    private static final List<String> PLAIN = List.of("beekeeping.md", "sourdough.txt", "lighthouses.html", "solar-panels.csv",
            "cafe.md", "volcanes.txt");

    public record Question(String language, String question, String file, String phrase) {}

    private RetrievalCorpus() {}

    /** Writes the corpus into {@code folder} (created if needed) and returns it. */
    public static Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : PLAIN) {
            try (InputStream in = resource("/retrieval-corpus/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        writePdf(folder.resolve("bicycle.pdf"), pages(text("bicycle.pdf.txt")));
        writePdf(folder.resolve("ajedrez.pdf"), pages(text("ajedrez.pdf.txt")));
        writeDocx(folder.resolve("riego.docx"), text("riego.docx.txt"));
        return folder;
    }

    public static List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        for (String line : text("../retrieval-questions.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t");
            questions.add(new Question(parts[0], parts[1], parts[2], parts[3]));
        }
        return questions;
    }

    /** Files that must each be skipped with a message: empty, binary, corrupt, encrypted, scanned, oversized, unsupported. */
    public static void writeBadFiles(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0, 0});
        Files.writeString(folder.resolve("corrupt.pdf"), "%PDF-1.7\nthis is not really a PDF\n%%EOF", StandardCharsets.US_ASCII);
        Files.write(folder.resolve("corrupt.docx"), "PK\u0003\u0004 broken zip".getBytes(StandardCharsets.ISO_8859_1));
        writeEncryptedPdf(folder.resolve("encrypted.pdf"));
        writeScannedPdf(folder.resolve("scanned.pdf"));
        try (RandomAccessFile huge = new RandomAccessFile(folder.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(101L * 1024 * 1024); // sparse: takes no disk space
        }
        Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    }

    /** One PDF page per block separated by a line "&lt;page&gt;", word-wrapped in Helvetica. */
    public static void writePdf(Path file, List<String> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String pageText : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 790);
                    for (String paragraph : pageText.split("\n")) {
                        for (String line : wrap(paragraph, 95)) {
                            content.showText(line);
                            content.newLine();
                        }
                    }
                    content.endText();
                }
            }
            pdf.save(file.toFile());
        }
    }

    public static List<String> pages(String text) {
        return List.of(text.split("\n<page>\n"));
    }

    private static void writeDocx(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : text.split("\n")) doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
        }
    }

    private static void writeEncryptedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Secret minutes of the meeting");
                content.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
    }

    /** Pages with only drawn shapes, like scanned images: PDFBox extracts no text from them. */
    private static void writeScannedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.addRect(50, 50, 300, 400);
                    content.fill();
                }
            }
            pdf.save(file.toFile());
        }
    }

    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) line.append(' ');
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String text(String sourceName) {
        String path = sourceName.startsWith("../") ? "/" + sourceName.substring(3) : "/retrieval-corpus-sources/" + sourceName;
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = RetrievalCorpus.class.getResourceAsStream(path);
        if (in == null) throw new IOException("Test resource missing: " + path);
        return in;
    }
}

package dev.playground.engine.retrieval.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Office and OpenDocument kind {@link DocumentType} accepts still parses with the Tika parser
 * modules we declare (not the whole standard package): one small file of each, written here.
 */
class DocumentFormatsTest {
    @TempDir
    Path folder;

    private final DocumentParser parser = new DocumentParser();

    @Test
    void powerpoint_slides_yield_their_text() throws Exception {
        Path pptx = folder.resolve("talk.pptx");
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(pptx)) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setText("Tidal energy follows the moon");
            show.write(out);
        }
        Path ppt = folder.resolve("old-talk.ppt");
        try (HSLFSlideShow show = new HSLFSlideShow(); OutputStream out = Files.newOutputStream(ppt)) {
            HSLFTextBox box = show.createSlide().createTextBox();
            box.setText("Wave farms need calm harbours");
            show.write(out);
        }
        assertThat(text(pptx)).contains("Tidal energy follows the moon");
        assertThat(text(ppt)).contains("Wave farms need calm harbours");
    }

    @Test
    void excel_sheets_yield_their_cells() throws Exception {
        Path xlsx = folder.resolve("harvest.xlsx");
        Path xls = folder.resolve("old-harvest.xls");
        writeSheet(new XSSFWorkbook(), xlsx, "Olives", "Jaén");
        writeSheet(new HSSFWorkbook(), xls, "Almonds", "Murcia");
        assertThat(text(xlsx)).contains("Olives").contains("Jaén");
        assertThat(text(xls)).contains("Almonds").contains("Murcia");
    }

    @Test
    void opendocument_text_yields_its_paragraphs() throws Exception {
        Path odt = folder.resolve("notes.odt");
        writeOdt(odt, "Los faros de Galicia guían a los pescadores.");
        assertThat(text(odt)).contains("Los faros de Galicia guían a los pescadores.");
    }

    @Test
    void rich_text_yields_its_words() throws Exception {
        Path rtf = folder.resolve("letter.rtf");
        Files.writeString(rtf, "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Glaciers carve valleys slowly.\\par}",
                StandardCharsets.US_ASCII);
        assertThat(text(rtf)).contains("Glaciers carve valleys slowly.");
    }

    private String text(Path file) throws UnreadableFileException {
        return parser.parse(file).sections().getFirst().text();
    }

    private static void writeSheet(Workbook workbook, Path file, String crop, String region) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Harvest");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("crop");
            header.createCell(1).setCellValue("region");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(crop);
            row.createCell(1).setCellValue(region);
            workbook.write(out);
        }
    }

    /** The smallest ODF text package: the stored mimetype first, a manifest and the content. */
    private static void writeOdt(Path file, String paragraph) throws IOException {
        byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                 <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                </office:document-content>
                """.formatted(paragraph);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}

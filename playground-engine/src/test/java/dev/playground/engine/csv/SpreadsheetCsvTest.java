package dev.playground.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {
    @Test
    void what_we_write_reads_back_cell_for_cell() throws Exception {
        List<String> header = List.of("id", "output", "cost");
        List<List<?>> rows = List.of(
                Arrays.asList("r1", "Line one\nline two, with a comma and \"quotes\"", 0.25),
                Arrays.asList("r2", "\r\nstarts with a line break", null),
                Arrays.asList("r3", " padded ", -3));
        String csv = SpreadsheetCsv.toString(header, rows);

        assertThat(csv).startsWith("id,output,cost\r\n").endsWith("\r\n");
        List<List<String>> read = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) read.add(record.toList());
        }
        assertThat(read).containsExactly(List.of("id", "output", "cost"),
                List.of("r1", "Line one\nline two, with a comma and \"quotes\"", "0.25"),
                List.of("r2", "'\r\nstarts with a line break", ""), // a leading CR is defused like a formula

                List.of("r3", " padded ", "-3"));
    }

    @Test
    void cells_a_spreadsheet_would_run_are_defused_and_numbers_are_not() {
        assertThat(SpreadsheetCsv.defuse("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCsv.defuse("+1+1")).isEqualTo("'+1+1");
        assertThat(SpreadsheetCsv.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.defuse("-cmd")).isEqualTo("'-cmd");
        assertThat(SpreadsheetCsv.defuse("-3")).isEqualTo("-3");
        assertThat(SpreadsheetCsv.defuse("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetCsv.defuse("\r=cmd|' /C calc'!A0")).isEqualTo("'\r=cmd|' /C calc'!A0");
        assertThat(SpreadsheetCsv.defuse("plain\ttext")).isEqualTo("plain\ttext");
        assertThat(SpreadsheetCsv.defuse("-0.25")).isEqualTo("-0.25");
        assertThat(SpreadsheetCsv.defuse("1e-5")).isEqualTo("1e-5");
        assertThat(SpreadsheetCsv.defuse("plain")).isEqualTo("plain");
        assertThat(SpreadsheetCsv.toString(List.of("a"), List.of(List.of("=1+2")))).isEqualTo("a\r\n'=1+2\r\n");
    }
}

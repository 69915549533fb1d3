package dev.playground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stylesheet with a missing brace makes JavaFX drop every rule after it, silently apart from a
 * log line; merges of several features' styles make that easy to do. Check the structure here.
 */
class StylesheetsParseTest {
    private static final List<String> SHEETS = List.of("/dev/playground/ui/theme/tokens.css", "/dev/playground/ui/theme/app.css",
            "/dev/playground/ui/compare/compare.css", "/dev/playground/ui/documents/documents.css",
            "/dev/playground/ui/study/study.css");

    @Test
    void every_rule_is_closed_before_the_next_opens() throws IOException {
        for (String sheet : SHEETS) {
            String css = read(sheet).replaceAll("(?s)/\\*.*?\\*/", "");
            List<String> problems = new ArrayList<>();
            int depth = 0;
            int line = 1;
            for (char c : css.toCharArray()) {
                if (c == '\n') line++;
                if (c == '{' && ++depth > 1) problems.add(sheet + ": a rule opens inside another at line " + line);
                if (c == '}' && --depth < 0) problems.add(sheet + ": a stray '}' at line " + line);
            }
            if (depth > 0) problems.add(sheet + ": a rule is never closed");
            assertThat(problems).isEmpty();
        }
    }

    /** Every .css file of ours, read by JavaFX's own parser, which reports what it would drop. */
    @Test
    void every_stylesheet_parses_without_an_error() throws IOException, java.net.URISyntaxException {
        // From a file of main resources (test-classes has a dev/playground/ui folder of its own).
        java.nio.file.Path root = java.nio.file.Path.of(Theme.class.getResource("/dev/playground/ui/theme/app.css").toURI()).getParent().getParent();
        List<java.nio.file.Path> sheets;
        try (var files = java.nio.file.Files.walk(root)) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).hasSizeGreaterThan(5);
        for (java.nio.file.Path sheet : sheets) {
            javafx.css.CssParser.errorsProperty().clear();
            new javafx.css.CssParser().parse(sheet.toUri().toURL());
            assertThat(javafx.css.CssParser.errorsProperty()).as(root.relativize(sheet).toString()).isEmpty();
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = StylesheetsParseTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

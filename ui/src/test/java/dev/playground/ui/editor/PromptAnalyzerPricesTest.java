package dev.playground.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.tokens.ModelPrice;
import dev.playground.engine.tokens.PriceBook;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's cost and context bar come from the saved price table, and follow it when it is saved again. */
class PromptAnalyzerPricesTest {
    @TempDir
    Path folder;

    @Test
    void cost_and_context_window_follow_the_saved_price_table() throws Exception {
        PriceBook book = PriceBook.open(folder.resolve("prices.yaml"));
        PromptAnalyzer analyzer = new PromptAnalyzer(new TemplateRenderer(), new TokenCounter(), book::current);
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("Resume en una frase: {{ texto }}"));
        Map<String, String> values = Map.of("texto", "La recuperación aumentada combina búsqueda y generación.");

        PromptAnalysis shipped = analyzer.analyze(template, values, "openai", "gpt-4o", 1000);
        assertThat(shipped.contextWindow()).hasValue(128_000);
        assertThat(shipped.cost().outputUpTo()).isEqualByComparingTo("0.01");

        book.save(book.current().with(new ModelPrice("openai", "gpt-4o", new BigDecimal("5"), new BigDecimal("20"), 64_000),
                LocalDate.of(2026, 11, 22)));
        PromptAnalysis edited = analyzer.analyze(template, values, "openai", "gpt-4o", 1000);

        assertThat(edited.contextWindow()).hasValue(64_000);
        assertThat(edited.cost().outputUpTo()).isEqualByComparingTo("0.02");
        assertThat(PriceBook.open(folder.resolve("prices.yaml")).current().lookup("openai", "gpt-4o").orElseThrow().contextWindow())
                .isEqualTo(64_000);
    }

    @Test
    void a_price_row_without_a_window_leaves_the_shipped_window() {
        PriceTable table = new PriceTable(LocalDate.of(2026, 1, 1),
                java.util.List.of(new ModelPrice("openai", "gpt-4o", BigDecimal.ONE, BigDecimal.ONE)));
        PromptAnalyzer analyzer = new PromptAnalyzer(new TemplateRenderer(), new TokenCounter(), () -> table);
        PromptAnalysis analysis = analyzer.analyze(PromptTemplate.of(PromptMessage.user("Hola")), Map.of(), "openai", "gpt-4o", 10);
        assertThat(analysis.contextWindow()).hasValue(128_000);
    }
}

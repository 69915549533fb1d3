package dev.playground.engine.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensAndCostTest {
    private final TokenCounter counter = new TokenCounter();

    @Test
    void counts_each_message_and_the_total_with_the_models_encoding() {
        List<RenderedMessage> messages = List.of(new RenderedMessage(Role.SYSTEM, "Hello world"), new RenderedMessage(Role.USER, ""),
                new RenderedMessage(Role.USER, "¿Qué tal? Hola mundo"));
        TokenReport report = counter.count(messages, "gpt-4o-mini");
        assertThat(report.perMessage().get(0)).isEqualTo(2);
        assertThat(report.perMessage().get(1)).isZero();
        assertThat(report.total()).isEqualTo(report.perMessage().stream().mapToInt(Integer::intValue).sum());
        assertThat(report.estimate()).isFalse();
        assertThat(report.encoding()).isEqualTo("o200k_base");
    }

    @Test
    void unknown_tokenizers_say_the_count_is_an_estimate() {
        TokenReport report = counter.count(List.of(new RenderedMessage(Role.USER, "Hello world")), "llama3.1:8b");
        assertThat(report.estimate()).isTrue();
        assertThat(counter.count(List.of(new RenderedMessage(Role.USER, "x")), "databricks-gpt-oss-120b").estimate()).isFalse();
    }

    @Test
    void context_windows_use_the_longest_prefix() {
        ContextWindows windows = ContextWindows.defaults();
        assertThat(windows.lookup("gpt-4o-mini-2024-07-18")).hasValue(128000);
        assertThat(windows.lookup("gpt-4")).hasValue(8192);
        assertThat(windows.lookup("gpt-4.1-nano")).hasValue(1047576);
        assertThat(windows.lookup("llama3.1:70b")).hasValue(131072);
        assertThat(windows.lookup("openai/gpt-5")).hasValue(400000);
        assertThat(windows.lookup("my-own-model")).isEmpty();
    }

    @Test
    void default_prices_are_dated_and_matched_by_provider_and_longest_prefix() {
        PriceTable table = PriceTable.defaults();
        assertThat(table.asOf()).isAfter(LocalDate.of(2025, 1, 1));
        assertThat(table.lookup("openai", "gpt-4o-mini-2024-07-18").orElseThrow().model()).isEqualTo("gpt-4o-mini");
        assertThat(table.lookup("openai", "gpt-4o").orElseThrow().inputPerMillion()).isEqualByComparingTo("2.50");
        assertThat(table.lookup("ollama", "llama3.1:8b").orElseThrow().outputPerMillion()).isZero();
        assertThat(table.lookup("anthropic", "gpt-4o")).isEmpty();
        assertThat(table.lookup("", "claude-sonnet-4-20250514").orElseThrow().provider()).isEqualTo("anthropic");
        assertThat(table.lookup("", "dry-run")).as("a provider's * row prices only that provider's models").isEmpty();
    }

    @Test
    void cost_counts_input_tokens_and_the_most_the_answer_can_cost() {
        CostEstimate cost = CostEstimate.of(PriceTable.defaults(), "openai", "gpt-4o", 2000, 1000);
        assertThat(cost.input()).isEqualByComparingTo("0.005");
        assertThat(cost.outputUpTo()).isEqualByComparingTo("0.01");
        assertThat(cost.totalUpTo()).isEqualByComparingTo("0.015");
        assertThat(CostEstimate.of(PriceTable.defaults(), "openai", "unknown-model", 10, 10).known()).isFalse();
    }

    @Test
    void an_edited_table_round_trips_through_its_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prices.yaml");
        assertThat(PriceTable.loadOrDefaults(file)).isEqualTo(PriceTable.defaults());
        PriceTable edited = PriceTable.defaults()
                .with(new ModelPrice("databricks", "databricks-meta-llama-3-3-70b-instruct", new BigDecimal("0.50"), new BigDecimal("1.50")), LocalDate.of(2026, 11, 22))
                .with(new ModelPrice("openai", "gpt-4o", new BigDecimal("2.00"), new BigDecimal("8.00")), LocalDate.of(2026, 11, 22));
        edited.save(file);

        PriceTable reloaded = PriceTable.loadOrDefaults(file);
        assertThat(reloaded.asOf()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(reloaded.lookup("openai", "gpt-4o").orElseThrow().inputPerMillion()).isEqualByComparingTo("2.00");
        assertThat(reloaded.lookup("databricks", "databricks-meta-llama-3-3-70b-instruct")).isPresent();
        assertThat(reloaded.prices()).hasSize(PriceTable.defaults().prices().size() + 1);
    }

    @Test
    void a_broken_table_file_says_how_to_recover(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prices.yaml");
        Files.writeString(file, "asOf: yesterday\nprices: [");
        assertThatThrownBy(() -> PriceTable.loadOrDefaults(file)).isInstanceOf(IOException.class).hasMessageContaining("delete it");
    }

    @Test
    void negative_prices_are_refused() {
        assertThatThrownBy(() -> new ModelPrice("x", "m", new BigDecimal("-1"), BigDecimal.ONE)).hasMessageContaining("zero or more");
    }
}

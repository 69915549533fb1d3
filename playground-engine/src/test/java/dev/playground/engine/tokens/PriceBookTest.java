package dev.playground.engine.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceBookTest {
    @TempDir
    Path folder;

    @Test
    void saving_writes_the_file_tells_listeners_and_keeps_context_windows() throws Exception {
        Path file = folder.resolve("prices.yaml");
        PriceBook book = PriceBook.open(file);
        assertThat(book.current()).isEqualTo(PriceTable.defaults());
        List<PriceTable> heard = new ArrayList<>();
        AutoCloseable subscription = book.onSaved(heard::add);

        PriceTable edited = book.current().with(new ModelPrice("ollama", "llama3.1", BigDecimal.ZERO, BigDecimal.ZERO, 131_072),
                LocalDate.of(2026, 11, 22));
        book.save(edited);
        subscription.close();
        book.save(PriceTable.defaults());

        assertThat(heard).containsExactly(edited);
        assertThat(Files.readString(file)).contains("asOf: 2025-09-01").doesNotContain(".tmp");
        assertThat(Files.list(folder)).extracting(Path::getFileName).extracting(Path::toString).containsExactly("prices.yaml");
        book.save(edited);
        assertThat(PriceBook.open(file).current().lookup("ollama", "llama3.1:8b").orElseThrow().contextWindow()).isEqualTo(131_072);
    }

    @Test
    void an_unreadable_file_falls_back_to_the_shipped_prices_and_says_why() throws Exception {
        Path file = folder.resolve("prices.yaml");
        Files.writeString(file, "asOf: yesterday\nprices: [oops");
        PriceBook book = PriceBook.open(file);
        assertThat(book.current()).isEqualTo(PriceTable.defaults());
        assertThat(book.loadProblem()).hasValueSatisfying(problem -> assertThat(problem).contains("cannot be read").contains("delete it"));
    }
}

package dev.playground.engine.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.context.RetrievedContext;
import dev.playground.engine.context.SearchHit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextFormatterTest {
    @Test
    void context_uses_the_chunk_format() {
        SearchHit hit = new SearchHit(2, "a#0", "/docs/a.pdf", "a.pdf", "pdf", 7, "", 0, "Rivers carry water.", 1.5, 1, 0.8, 3,
                0.03, List.of("rivers"), List.of());
        RetrievedContext context = ContextFormatter.format("rivers", List.of(hit), "[{n}] {source}, {where}: {text}");
        assertThat(context.text()).isEqualTo("[2] a.pdf, page 7: Rivers carry water.");
    }
}

package dev.playground.engine.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationsTest {
    @Test
    void finds_single_grouped_and_adjacent_markers_of_given_chunks_only() {
        String output = "Bees shiver [1]. Use oxalic acid [2, 3][4] but not [9] or [x].";
        List<Citations.Citation> found = Citations.find(output, 4);
        assertThat(found).extracting(Citations.Citation::number).containsExactly(1, 2, 3, 4);
        assertThat(found).allSatisfy(c -> assertThat(output.substring(c.start(), c.end())).isEqualTo(Integer.toString(c.number())));
    }

    @Test
    void context_uses_the_chunk_format() {
        SearchHit hit = new SearchHit(2, "a#0", "/docs/a.pdf", "a.pdf", "pdf", 7, "", 0, "Rivers carry water.", 1.5, 1, 0.8, 3,
                0.03, List.of("rivers"), List.of());
        RetrievedContext context = ContextFormatter.format("rivers", List.of(hit), "[{n}] {source}, {where}: {text}");
        assertThat(context.text()).isEqualTo("[2] a.pdf, page 7: Rivers carry water.");
    }
}

package dev.playground.engine.context;

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
}

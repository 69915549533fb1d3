package dev.playground.engine.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchedTermsTest {
    @Test
    void spanish_stop_words_are_not_highlighted_but_stemmed_content_words_are() {
        String chunk = "La regla de los cincuenta movimientos dice que la partida es tablas.";
        MatchedTerms.Matches matches = new MatchedTerms("¿Qué es la regla de los cincuenta movimientos?").find(chunk);
        assertThat(matches.words()).containsExactlyInAnyOrder("regla", "cincuenta", "movimientos");
        assertThat(matches.spans()).allSatisfy(span -> assertThat(chunk.substring(span.start(), span.end()))
                .isIn("regla", "cincuenta", "movimientos"));
    }

    @Test
    void english_stop_words_stay_out_and_plurals_still_match() {
        MatchedTerms.Matches matches = new MatchedTerms("what is the model of the bees").find("The bee models of the hive are simple.");
        assertThat(matches.words()).containsExactlyInAnyOrder("bee", "models");
    }

    @Test
    void a_query_of_stop_words_only_matches_nothing() {
        assertThat(new MatchedTerms("de la que the of").isEmpty()).isTrue();
    }
}

package dev.playground.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.syntax.TemplateChecker;
import dev.playground.engine.prompt.syntax.TemplateProblem;
import dev.playground.engine.prompt.syntax.TemplateProblem.Kind;
import dev.playground.ui.common.I18n;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every template problem has words in both languages; the English ones are the engine's own. */
class ProblemTextTest {
    private static final I18n ENGLISH = new I18n(Locale.ENGLISH);
    private static final I18n SPANISH = new I18n(Locale.forLanguageTag("es"));

    private static TemplateProblem sample(Kind kind) {
        return new TemplateProblem(kind, List.of("for", "if", "12"), 0, 1, 3, 12);
    }

    @Test
    void every_kind_reads_in_english_exactly_as_the_engine_says_it() {
        for (Kind kind : Kind.values()) {
            assertThat(ProblemText.describe(sample(kind), ENGLISH)).as(kind.name()).isEqualTo(sample(kind).describe());
        }
    }

    @Test
    void every_kind_has_spanish_words_without_leftover_quotes_or_placeholders() {
        for (Kind kind : Kind.values()) {
            if (kind == Kind.ENGINE) continue; // its "what" is the engine's own message
            String spanish = ProblemText.describe(sample(kind), SPANISH);
            assertThat(spanish).as(kind.name()).contains("en la línea 3, columna 12: ")
                    .doesNotContain("!template", "'{", "}'", "{0}", "{1}")
                    .isNotEqualTo(sample(kind).describe());
        }
    }

    @Test
    void checker_problems_in_spanish() {
        TemplateProblem unclosed = TemplateChecker.check("Hola\nSobre {{ tema y más").get(0);
        assertThat(ProblemText.describe(unclosed, SPANISH)).isEqualTo("`{{` sin cerrar en la línea 2, columna 7: cierra la variable con `}}`.");

        TemplateProblem nested = TemplateChecker.check("{% if a %}\n{% for x in xs %}\n{% endif %}").get(0);
        assertThat(ProblemText.describe(nested, SPANISH))
                .isEqualTo("`{% for %}` sin cerrar en la línea 2, columna 1: añade `{% endfor %}` antes del `{% endif %}` de la línea 3.");

        TemplateProblem unknown = TemplateChecker.check("Usa {% bla %} aquí").get(0);
        assertThat(ProblemText.describe(unknown, SPANISH)).startsWith("etiqueta desconocida `{% bla %}` en la línea 1, columna 5: usa una de estas: if, elif");
    }
}

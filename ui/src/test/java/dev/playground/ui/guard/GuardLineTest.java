package dev.playground.ui.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.ui.common.I18n;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GuardLineTest {
    private final I18n en = new I18n(Locale.ENGLISH);
    private final I18n es = new I18n(Locale.forLanguageTag("es"));

    @Test
    void names_each_kind_once_with_its_count_in_english_and_spanish() {
        String answer = "Write to ana@correo.es or bo@example.com; IBAN ES91 2100 0418 4502 0005 1332.";
        assertThat(GuardLine.of(answer, en)).isEqualTo("Guardrails: EMAIL ×2, IBAN in the answer");
        assertThat(GuardLine.of(answer, es)).isEqualTo("Salvaguardas: EMAIL ×2, IBAN en la respuesta");
    }

    @Test
    void a_clean_answer_says_so_and_no_answer_has_no_line() {
        assertThat(GuardLine.of("Paris.", en)).isEqualTo("Guardrails: nothing found in the answer");
        assertThat(GuardLine.of("", es)).isEmpty();
    }
}

package dev.playground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Numbers in the window follow the window's language, not the JVM's locale. */
class I18nNumbersTest {
    private Locale before;

    @BeforeEach
    void englishJvm() {
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void a_spanish_window_on_an_english_jvm_writes_a_decimal_comma() {
        I18n spanish = new I18n(Locale.forLanguageTag("es"));
        assertThat(spanish.number(0.7, 2, 2)).isEqualTo("0,70");
        assertThat(spanish.number(0.000123, 6, 6)).isEqualTo("0,000123");
        assertThat(new I18n(Locale.ENGLISH).number(0.7, 2, 2)).isEqualTo("0.70");
    }

    @Test
    void an_english_window_on_a_spanish_jvm_writes_a_point() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("es-ES"));
        assertThat(new I18n(Locale.ENGLISH).number(1234.5, 1, 1)).isEqualTo("1,234.5");
    }

    @Test
    void the_decimal_converter_writes_in_the_language_and_reads_either_mark() {
        var converter = new I18n(Locale.forLanguageTag("es")).decimals(2);
        assertThat(converter.toString(0.7)).isEqualTo("0,7");
        assertThat(converter.fromString("0,75")).isEqualTo(0.75);
        assertThat(converter.fromString("0.75")).isEqualTo(0.75);
        assertThat(converter.fromString("abc")).isNull();
    }
}

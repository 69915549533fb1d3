package dev.playground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every word in both languages, and counted things said properly: no "(s)", and plural patterns that read right for 0, 1 and 2. */
class BundlesTest {
    private static final String NAME = "dev.playground.ui.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(NAME, locale, NO_FALLBACK);
    }

    @Test
    void english_and_spanish_have_the_same_keys() {
        assertThat(new TreeSet<>(bundle(Locale.forLanguageTag("es")).keySet())).isEqualTo(new TreeSet<>(bundle(Locale.ROOT).keySet()));
    }

    @Test
    void no_message_counts_with_a_bracketed_plural() {
        List<String> lazy = new ArrayList<>();
        for (Locale locale : List.of(Locale.ROOT, Locale.forLanguageTag("es"))) {
            ResourceBundle bundle = bundle(locale);
            for (String key : bundle.keySet()) {
                String value = bundle.getString(key);
                if (value.matches("(?s).*\\p{L}\\((s|es)\\).*")) lazy.add(locale + " " + key + "=" + value);
            }
        }
        assertThat(lazy).isEmpty();
    }

    @Test
    void plural_patterns_read_right_for_zero_one_and_many() {
        Locale es = Locale.forLanguageTag("es");
        assertThat(format(Locale.ENGLISH, "runlog.count", 1)).isEqualTo("1 run");
        assertThat(format(Locale.ENGLISH, "runlog.count", 2)).isEqualTo("2 runs");
        assertThat(format(Locale.ENGLISH, "runlog.count", 0)).isEqualTo("0 runs");
        assertThat(format(Locale.ENGLISH, "compare.status.done", 6)).isEqualTo("6 cells finished.");
        assertThat(format(Locale.ENGLISH, "compare.status.done", 1)).isEqualTo("1 cell finished.");
        assertThat(format(es, "compare.status.done", 1)).isEqualTo("1 celda terminada.");
        assertThat(format(es, "runlog.count", 1)).isEqualTo("1 ejecución");
        assertThat(format(es, "runlog.count", 12)).isEqualTo("12 ejecuciones");
        // Every choice pattern formats for 0, 1 and 2 in both languages.
        for (Locale locale : List.of(Locale.ENGLISH, es)) {
            ResourceBundle bundle = bundle(locale.getLanguage().equals("en") ? Locale.ROOT : locale);
            for (String key : bundle.keySet()) {
                if (!bundle.getString(key).contains(",choice,")) continue;
                for (int n : new int[] {0, 1, 2}) {
                    Object[] args = {n, n, n, n, n};
                    assertThat(new MessageFormat(bundle.getString(key), locale).format(args)).as(key).doesNotContain("{");
                }
            }
        }
    }

    private static String format(Locale locale, String key, Object... args) {
        return new I18n(locale).text(key, args);
    }
}

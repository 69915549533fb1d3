package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LabFindingsBundleTest {
    private static Properties load(String name) throws Exception {
        Properties words = new Properties();
        try (InputStream in = LabWords.class.getResourceAsStream(name)) {
            words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return words;
    }

    @Test
    void every_finding_has_words_in_english_and_spanish() throws Exception {
        Properties en = load("LabFindings.properties");
        Properties es = load("LabFindings_es.properties");
        assertThat(es.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        // Every text check the lab shares with the suites has words for passing and for failing.
        for (LabAssertionType type : java.util.EnumSet.range(LabAssertionType.CONTAINS, LabAssertionType.IS_JSON)) {
            assertThat(en).containsKeys("text." + type.code() + ".pass", "text." + type.code() + ".fail");
        }
    }

    @Test
    void words_render_in_either_language() {
        LabWords words = new LabWords(2, "late parcel", "regex", "text.regex.fail", java.util.List.of("\"delivery\""));
        assertThat(words.label(StudyLanguage.EN)).isEqualTo("case 2 (late parcel): regex");
        assertThat(words.label(StudyLanguage.ES)).isEqualTo("caso 2 (late parcel): regex");
        assertThat(words.detail(StudyLanguage.ES)).isEqualTo("la respuesta debe cumplir el patrón \"delivery\" y no lo cumple");
    }
}

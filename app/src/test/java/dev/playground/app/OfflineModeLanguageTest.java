package dev.playground.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The offline switch's refusals are worded in the chosen language, not the JVM's, and follow a change of it. */
class OfflineModeLanguageTest {
    private Locale system;

    @BeforeEach
    void englishSystem() {
        system = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(system);
    }

    @Test
    void refusals_follow_the_chosen_language_and_fall_back_to_the_system_s() {
        OfflineMode offline = new OfflineMode(() -> true);
        Connection cloud = new Connection("c1", "cloud", ProviderKind.OPENAI, "", "OPENAI_API_KEY", "gpt-4o-mini");
        assertThat(offline.refusal(cloud)).get().asString().startsWith("Offline mode is on");

        offline.speakIn(Locale.forLanguageTag("es"));
        assertThat(offline.language()).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(offline.refusal(cloud)).get().asString().startsWith("El modo sin conexión está activado").doesNotContain("Offline mode");
        assertThat(offline.embeddingRefusal(cloud, "text-embedding-3-small")).get().asString().contains("text-embedding-3-small")
                .doesNotContain("Offline mode");
        assertThat(offline.downloadRefusal("https://example.org/m.gguf")).get().asString().doesNotContain("Offline mode");

        offline.speakIn(null);
        assertThat(offline.refusal(cloud)).get().asString().startsWith("Offline mode is on");
    }
}

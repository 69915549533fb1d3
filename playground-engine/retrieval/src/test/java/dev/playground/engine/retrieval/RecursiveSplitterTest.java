package dev.playground.engine.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.chunk.RecursiveSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecursiveSplitterTest {
    private static final String TEXT = """
            The first paragraph talks about rivers. Rivers carry water to the sea. They shape valleys over time.

            The second paragraph is about mountains. Mountains rise where plates collide. Snow covers their peaks.

            The third paragraph covers deserts. Deserts receive little rain. Some are cold, like Antarctica.""";

    @Test
    void short_text_stays_whole() {
        assertThat(new RecursiveSplitter(ChunkingSettings.DEFAULTS).split("A short note.")).containsExactly("A short note.");
    }

    @Test
    void chunks_fit_the_limit_and_prefer_paragraph_boundaries() {
        List<String> chunks = new RecursiveSplitter(new ChunkingSettings(ChunkingSettings.Unit.CHARACTERS, 110, 0)).split(TEXT);
        assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(110));
        assertThat(chunks).hasSize(3);
        assertThat(chunks.get(1)).startsWith("The second paragraph").endsWith("Snow covers their peaks.");
    }

    @Test
    void consecutive_chunks_overlap_by_whole_sentences() {
        List<String> chunks = new RecursiveSplitter(new ChunkingSettings(ChunkingSettings.Unit.CHARACTERS, 80, 40)).split(TEXT);
        assertThat(chunks.size()).isGreaterThan(3);
        for (int i = 1; i < chunks.size(); i++) {
            String previous = chunks.get(i - 1);
            String firstSentence = chunks.get(i).split("(?<=\\.)\\s")[0];
            assertThat(previous).as("chunk %d starts with the end of chunk %d", i, i - 1).contains(firstSentence.strip());
        }
        assertThat(String.join(" ", chunks)).contains("Some are cold, like Antarctica.");
    }

    @Test
    void token_mode_measures_tokens() {
        var cl100k = com.knuddels.jtokkit.Encodings.newLazyEncodingRegistry().getEncoding(com.knuddels.jtokkit.api.EncodingType.CL100K_BASE);
        List<String> byTokens = new RecursiveSplitter(new ChunkingSettings(ChunkingSettings.Unit.TOKENS, 20, 0)).split(TEXT);
        List<String> byChars = new RecursiveSplitter(new ChunkingSettings(ChunkingSettings.Unit.CHARACTERS, 20, 0)).split(TEXT);
        assertThat(byTokens).allSatisfy(c -> assertThat(cl100k.countTokensOrdinary(c)).isLessThanOrEqualTo(20));
        assertThat(byTokens.size()).isGreaterThanOrEqualTo(3).isLessThan(byChars.size());
    }

    @Test
    void a_word_longer_than_a_chunk_is_cut() {
        String word = "x".repeat(250);
        assertThat(new RecursiveSplitter(new ChunkingSettings(ChunkingSettings.Unit.CHARACTERS, 100, 0)).split(word))
                .hasSize(3).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void overlap_must_be_smaller_than_the_chunk() {
        assertThatThrownBy(() -> new ChunkingSettings(ChunkingSettings.Unit.CHARACTERS, 100, 100))
                .hasMessageContaining("overlap must be between 0 and the chunk size");
    }
}

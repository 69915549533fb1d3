package dev.playground.engine.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.retrieval.chunk.Chunk;
import dev.playground.engine.retrieval.chunk.Chunker;
import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.embed.EmbeddingChoice;
import dev.playground.engine.retrieval.parse.ParsedDocument;
import dev.playground.engine.retrieval.parse.Section;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionSettingsTest {
    @TempDir
    Path temp;

    private DocumentCollections collections() {
        return new DocumentCollections(temp, () -> {
            throw new AssertionError("no embedding here");
        }, "built-in");
    }

    @Test
    void splitter_embedding_and_context_settings_survive_a_restart() throws Exception {
        try (DocumentCollections all = collections()) {
            DocumentCollection c = all.open("notes");
            c.setChunking(new ChunkingSettings(ChunkingSettings.Unit.HEADINGS, 600, 60));
            c.setEmbedding(new EmbeddingChoice("ollama-1", "bge-m3"));
            c.setContextDefaults(new ContextDefaults("<{n}> {text} ({source})", 8, 0.3));
        }
        try (DocumentCollections all = collections()) {
            CollectionSettings settings = all.open("notes").settings();
            assertThat(settings.chunking()).isEqualTo(new ChunkingSettings(ChunkingSettings.Unit.HEADINGS, 600, 60));
            assertThat(settings.embedding()).isEqualTo(new EmbeddingChoice("ollama-1", "bge-m3"));
            assertThat(settings.context()).isEqualTo(new ContextDefaults("<{n}> {text} ({source})", 8, 0.3));
        }
    }

    @Test
    void a_new_collection_has_the_documented_defaults() throws Exception {
        try (DocumentCollections all = collections()) {
            CollectionSettings settings = all.open("fresh").settings();
            assertThat(settings.chunking()).isEqualTo(new ChunkingSettings(ChunkingSettings.Unit.CHARACTERS, 800, 100));
            assertThat(settings.embedding().builtIn()).isTrue();
            assertThat(settings.context()).isEqualTo(new ContextDefaults("[{n}] {source}, {where}: {text}", 5, null));
        }
    }

    @Test
    void the_headings_splitter_starts_every_chunk_with_its_heading_path() {
        ParsedDocument doc = new ParsedDocument(List.of(new Section("Shake the frames gently. ".repeat(12), 0, "Guide > Inspection"),
                new Section("Plain text without a heading.", 0, "")), List.of());
        List<Chunk> headed = new Chunker(new ChunkingSettings(ChunkingSettings.Unit.HEADINGS, 120, 20)).chunk(doc);
        assertThat(headed.subList(0, headed.size() - 1)).hasSizeGreaterThan(1)
                .allSatisfy(chunk -> assertThat(chunk.text()).startsWith("Guide > Inspection\nShake"));
        assertThat(headed.getLast().text()).isEqualTo("Plain text without a heading.");
        List<Chunk> plain = new Chunker(new ChunkingSettings(ChunkingSettings.Unit.CHARACTERS, 120, 20)).chunk(doc);
        assertThat(plain.getFirst().text()).startsWith("Shake").doesNotContain("Guide");
    }

    @Test
    void context_settings_refuse_values_that_would_break_a_prompt() {
        assertThatThrownBy(() -> new ContextDefaults("[{n}] {source}", 5, null)).hasMessageContaining("{text}");
        assertThatThrownBy(() -> new ContextDefaults(null, 0, null)).hasMessageContaining("Top k");
        assertThatThrownBy(() -> new ContextDefaults(null, 5, 1.5)).hasMessageContaining("between -1 and 1");
    }
}

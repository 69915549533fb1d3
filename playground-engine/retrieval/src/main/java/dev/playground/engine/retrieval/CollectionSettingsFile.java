package dev.playground.engine.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.embed.EmbeddingChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Reads and atomically writes collection.json (a small explicit format, versioned). */
final class CollectionSettingsFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT_VERSION = 1;

    private CollectionSettingsFile() {}

    static CollectionSettings read(Path file, String name) throws IOException {
        if (!Files.exists(file)) return new CollectionSettings(name, ChunkingSettings.DEFAULTS, List.of());
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode chunking = root.path("chunking");
        ChunkingSettings settings = new ChunkingSettings(
                ChunkingSettings.Unit.valueOf(chunking.path("unit").asText("CHARACTERS")),
                chunking.path("maxSize").asInt(ChunkingSettings.DEFAULTS.maxSize()),
                chunking.path("overlap").asInt(ChunkingSettings.DEFAULTS.overlap()),
                chunking.path("searchContext").asBoolean(true));
        List<Source> sources = new ArrayList<>();
        for (JsonNode source : root.path("sources")) {
            List<String> tags = new ArrayList<>();
            source.path("tags").forEach(t -> tags.add(t.asText()));
            sources.add(new Source(Path.of(source.path("path").asText()), tags));
        }
        JsonNode embedding = root.path("embedding");
        EmbeddingChoice choice = embedding.path("connection").asText("").isBlank() ? EmbeddingChoice.BUILT_IN
                : new EmbeddingChoice(embedding.path("connection").asText(), embedding.path("model").asText());
        JsonNode context = root.path("context");
        ContextDefaults defaults = context.isMissingNode() ? ContextDefaults.DEFAULTS : new ContextDefaults(
                context.path("chunkFormat").asText(ContextDefaults.DEFAULTS.chunkFormat()),
                context.path("topK").asInt(ContextDefaults.DEFAULTS.topK()),
                context.path("minScore").isNumber() ? context.path("minScore").asDouble() : null);
        return new CollectionSettings(name, settings, sources, choice, defaults);
    }

    static void write(Path file, CollectionSettings settings) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("name", settings.name());
        ObjectNode chunking = root.putObject("chunking");
        chunking.put("unit", settings.chunking().unit().name());
        chunking.put("maxSize", settings.chunking().maxSize());
        chunking.put("overlap", settings.chunking().overlap());
        if (!settings.chunking().searchContext()) chunking.put("searchContext", false);
        if (!settings.embedding().builtIn()) {
            root.putObject("embedding").put("connection", settings.embedding().connectionId()).put("model", settings.embedding().model());
        }
        ObjectNode context = root.putObject("context");
        context.put("chunkFormat", settings.context().chunkFormat());
        context.put("topK", settings.context().topK());
        if (settings.context().minScore() != null) context.put("minScore", settings.context().minScore());
        ArrayNode sources = root.putArray("sources");
        for (Source source : settings.sources()) {
            ObjectNode node = sources.addObject();
            node.put("path", source.path().toString());
            ArrayNode tags = node.putArray("tags");
            source.tags().forEach(tags::add);
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

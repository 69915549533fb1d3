package dev.playground.store.h2;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.prompt.PromptDocument;

/** Prompt documents as stable JSON: sorted keys, unknown fields tolerated so older builds can read newer rows. */
public final class DocumentJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private DocumentJson() {}

    public static String write(PromptDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write a prompt document as JSON", e);
        }
    }

    public static PromptDocument read(String json) {
        try {
            return MAPPER.readValue(json, PromptDocument.class);
        } catch (Exception e) {
            throw new IllegalStateException("A stored prompt document is not readable: " + e.getMessage(), e);
        }
    }
}

package dev.playground.engine.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Schema (as JSON) as LangChain4j's typed schema elements, for adapters that cannot send a schema as raw JSON.
 * Keeps types, descriptions, enums, nested objects and arrays, required and anyOf; keywords the typed elements have
 * no place for (minimum, pattern...) are left out, which is also all such providers accept.
 */
final class SchemaElements {
    private SchemaElements() {}

    static JsonSchemaElement from(JsonNode schema) {
        String description = schema.hasNonNull("description") ? schema.get("description").asText() : null;
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            return JsonEnumSchema.builder().enumValues(values).description(description).build();
        }
        if (schema.has("anyOf")) {
            List<JsonSchemaElement> options = new ArrayList<>();
            schema.get("anyOf").forEach(o -> options.add(from(o)));
            return JsonAnyOfSchema.builder().anyOf(options).description(description).build();
        }
        String type = schema.path("type").isArray() ? schema.path("type").path(0).asText("string") : schema.path("type").asText("string");
        return switch (type) {
            case "integer" -> JsonIntegerSchema.builder().description(description).build();
            case "number" -> JsonNumberSchema.builder().description(description).build();
            case "boolean" -> JsonBooleanSchema.builder().description(description).build();
            case "null" -> new JsonNullSchema();
            case "array" -> JsonArraySchema.builder().description(description)
                    .items(schema.has("items") ? from(schema.get("items")) : JsonStringSchema.builder().build()).build();
            case "object" -> object(schema, description);
            default -> JsonStringSchema.builder().description(description).build();
        };
    }

    private static JsonObjectSchema object(JsonNode schema, String description) {
        JsonObjectSchema.Builder object = JsonObjectSchema.builder().description(description);
        schema.path("properties").properties().forEach(p -> object.addProperty(p.getKey(), from(p.getValue())));
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        if (!required.isEmpty()) object.required(required);
        return object.build();
    }
}

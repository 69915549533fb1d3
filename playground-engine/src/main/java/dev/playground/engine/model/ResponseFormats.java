package dev.playground.engine.model;

/** Reads {@link ModelSettings#responseFormat()}: blank or "text", "json", or a JSON Schema document. */
public final class ResponseFormats {
    private ResponseFormats() {}

    public static boolean isJsonObject(String format) {
        return format != null && format.trim().equalsIgnoreCase("json");
    }

    public static boolean isJsonSchema(String format) {
        return format != null && format.trim().startsWith("{");
    }

    /** Empty when {@code schema} parses as a JSON object; otherwise the parser's complaint. */
    public static java.util.Optional<String> schemaProblem(String schema) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(schema);
            return node != null && node.isObject() ? java.util.Optional.empty() : java.util.Optional.of("not a JSON object");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return java.util.Optional.of(e.getOriginalMessage());
        }
    }
}

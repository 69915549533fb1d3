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
}

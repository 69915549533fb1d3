package dev.playground.engine.tool;

/**
 * What a tool call is answered with: the text sent back to the model, where it came from ("mock", "mcp:SERVER",
 * "person"), and whether it reports a failure (the model is told, and may try again).
 */
public record ToolAnswer(String text, String source, boolean failed) {
    public ToolAnswer {
        text = text == null ? "" : text;
        source = source == null ? "" : source;
    }

    public static ToolAnswer of(String text, String source) {
        return new ToolAnswer(text, source, false);
    }
}

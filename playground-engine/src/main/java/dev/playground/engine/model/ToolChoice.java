package dev.playground.engine.model;

import java.util.Locale;

/**
 * Whether the model may call tools: {@code auto} (it decides), {@code none} (it must answer in text), {@code required}
 * (it must call at least one) or one named tool it must call. Written in files as the word or the tool's name.
 */
public record ToolChoice(Mode mode, String tool) {
    public enum Mode { AUTO, NONE, REQUIRED, NAMED }

    public static final ToolChoice AUTO = new ToolChoice(Mode.AUTO, "");
    public static final ToolChoice NONE = new ToolChoice(Mode.NONE, "");
    public static final ToolChoice REQUIRED = new ToolChoice(Mode.REQUIRED, "");

    public ToolChoice {
        mode = mode == null ? Mode.AUTO : mode;
        tool = mode == Mode.NAMED ? (tool == null ? "" : tool.strip()) : "";
    }

    public static ToolChoice named(String tool) {
        return new ToolChoice(Mode.NAMED, tool);
    }

    /** "auto", "none", "required" (any case), or the name of a tool; blank means auto. */
    public static ToolChoice parse(String text) {
        if (text == null || text.isBlank()) return AUTO;
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "none" -> NONE;
            case "required", "any" -> REQUIRED;
            default -> named(text.strip());
        };
    }

    /** The word (or tool name) that {@link #parse} reads back. */
    public String text() {
        return mode == Mode.NAMED ? tool : mode.name().toLowerCase(Locale.ROOT);
    }

    /** True for the words that cannot be a tool's name. */
    public static boolean reserved(String name) {
        return name != null && switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "auto", "none", "required", "any" -> true;
            default -> false;
        };
    }
}

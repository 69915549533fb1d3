package dev.playground.engine.monitor;

import java.util.Locale;

/** What the figures are split by. A call without a prompt, version or alias falls in the group "(none)". */
public enum Grouping {
    MODEL, CONNECTION, PROMPT, VERSION, ALIAS;

    public static final String NONE = "(none)";

    String keyOf(CallFacts call) {
        String key = switch (this) {
            case MODEL -> call.model();
            case CONNECTION -> call.connection();
            case PROMPT -> call.prompt();
            case VERSION -> call.prompt().isEmpty() || call.version() == 0 ? "" : call.prompt() + "/" + call.version();
            case ALIAS -> call.prompt().isEmpty() || call.alias().isEmpty() ? "" : call.prompt() + "@" + call.alias();
        };
        return key == null || key.isEmpty() ? NONE : key;
    }

    /** The lower-case name the command line takes ({@code --by model}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grouping for a command-line name, or null when there is none by that name. */
    public static Grouping fromCliName(String name) {
        for (Grouping g : values()) if (g.cliName().equalsIgnoreCase(name == null ? "" : name.strip())) return g;
        return null;
    }
}

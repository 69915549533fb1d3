package dev.playground.engine.bundle;


/** MLflow's prompt name rule, checked while reading files so a bad name is reported per file. */
public final class PromptNames {
    private PromptNames() {}

    public static boolean valid(String name) {
        return name != null && name.matches("[A-Za-z0-9_.\\-]{1,200}");
    }

    public static String problem(String name) {
        return "'" + name + "' is not a valid prompt name: use letters, digits, '_', '.' or '-' (no spaces), up to 200 characters.";
    }

    /** A valid name made from free text (a file name, a label): other characters become '-'. */
    public static String from(String text) {
        String cleaned = (text == null ? "" : text).strip().replaceAll("[^A-Za-z0-9_.\\-]+", "-").replaceAll("^-+|-+$", "");
        if (cleaned.length() > 200) cleaned = cleaned.substring(0, 200);
        return cleaned.isEmpty() ? "prompt" : cleaned;
    }
}

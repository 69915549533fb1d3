package dev.playground.store;

/**
 * What the library asks for. {@code text} matches a prompt's name, the text of its latest
 * version, or one of its tags (case-insensitive, anywhere in the word); {@code tag} must be one
 * of its tags exactly; {@code alias} must be set on it. Blank parts match everything.
 */
public record PromptQuery(String text, String tag, String alias, boolean includeArchived, int limit) {
    public static final int DEFAULT_LIMIT = 500;

    public PromptQuery {
        text = text == null ? "" : text.strip();
        tag = tag == null ? "" : tag.strip();
        alias = alias == null ? "" : alias.strip();
        limit = limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    public static PromptQuery all() {
        return new PromptQuery("", "", "", false, DEFAULT_LIMIT);
    }

    public static PromptQuery text(String text) {
        return new PromptQuery(text, "", "", false, DEFAULT_LIMIT);
    }

    /**
     * Reads what a person typed into the search box: {@code tag:NAME} and {@code @ALIAS} words
     * become filters, the rest is free text.
     */
    public static PromptQuery parse(String typed, boolean includeArchived) {
        StringBuilder text = new StringBuilder();
        String tag = "";
        String alias = "";
        for (String word : (typed == null ? "" : typed).strip().split("\\s+")) {
            if (word.startsWith("tag:") && word.length() > 4) tag = word.substring(4);
            else if (word.startsWith("@") && word.length() > 1) alias = word.substring(1);
            else if (!word.isEmpty()) text.append(text.isEmpty() ? "" : " ").append(word);
        }
        return new PromptQuery(text.toString(), tag, alias, includeArchived, DEFAULT_LIMIT);
    }

    public PromptQuery withAlias(String value) {
        return new PromptQuery(text, tag, value, includeArchived, limit);
    }
}

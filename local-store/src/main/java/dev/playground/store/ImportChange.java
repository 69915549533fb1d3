package dev.playground.store;

/**
 * One thing an import does (or would do). {@code incomingVersion} is the number in the file,
 * {@code storeVersion} the number in this store; {@code detail} says the rest in words.
 */
public record ImportChange(String promptName, Kind kind, Integer incomingVersion, Integer storeVersion, String detail, String subject,
                           Integer previousVersion) {
    public enum Kind { NEW_PROMPT, NEW_VERSION, SAME_AS_EXISTING, ALIAS_SET, ALIAS_MOVED, TAGS_ADDED }

    /**
     * @param subject         the alias (ALIAS_SET, ALIAS_MOVED) or the tags, comma-separated (TAGS_ADDED); empty otherwise
     * @param previousVersion the version an alias pointed at before (ALIAS_MOVED); null otherwise
     */
    public ImportChange {
        subject = subject == null ? "" : subject;
    }

    public ImportChange(String promptName, Kind kind, Integer incomingVersion, Integer storeVersion, String detail) {
        this(promptName, kind, incomingVersion, storeVersion, detail, "", null);
    }

    /** "tutor: version 2 in the file becomes version 5" style text for people. */
    public String describe() {
        return promptName + ": " + detail;
    }
}

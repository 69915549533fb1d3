package dev.playground.engine.runlog;

import java.util.Locale;

/**
 * Why a call failed, as monitoring counts failures. A call counts once, by how it finally ended:
 * a rate-limited attempt that succeeded on retry is not an error (its attempts are reported apart).
 * Cancelled calls are not errors: the person stopped them.
 */
public enum ErrorKind {
    RATE_LIMITED, SERVER_ERROR, TIMEOUT, BLOCKED, CUT_STREAM, OTHER;

    /** The name in JSON and in the store: {@code rateLimited}, {@code serverError}, ... */
    public String key() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        return key.toString();
    }

    /** The kind stored under {@link #name()}, or null for a blank or unknown value. */
    public static ErrorKind fromName(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }
}

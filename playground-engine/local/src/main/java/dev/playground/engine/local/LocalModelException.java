package dev.playground.engine.local;

import java.util.Locale;

/**
 * A model file that cannot be used, with a message that names it and says what to do. The message is in the default
 * locale's language; {@link #message(Locale)} words it again in another (the window's language may differ).
 */
public class LocalModelException extends RuntimeException {
    private final String key;
    private final Object[] args;

    public LocalModelException(String message) {
        super(message);
        this.key = null;
        this.args = new Object[0];
    }

    private LocalModelException(String key, Object[] args) {
        super(LocalMessages.text(key, args));
        this.key = key;
        this.args = args.clone();
    }

    /** The message {@code key} of the local-model bundle, filled with {@code args}. */
    public static LocalModelException of(String key, Object... args) {
        return new LocalModelException(key, args);
    }

    /** The message in {@code locale}'s language (English or Spanish). */
    public String message(Locale locale) {
        return key == null ? getMessage() : LocalMessages.text(locale, key, args);
    }
}

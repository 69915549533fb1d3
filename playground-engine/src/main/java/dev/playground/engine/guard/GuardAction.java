package dev.playground.engine.guard;

import java.util.Locale;

/** What the gateway does when a rail finds something: note it, replace it with a placeholder, or refuse the call. */
public enum GuardAction {
    FLAG, MASK, BLOCK;

    public static GuardAction parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown guardrail action '" + text.trim() + "': use flag, mask or block.");
        }
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.playground.engine.model;

import java.util.Locale;

/** Who speaks a message, as chat-completion APIs name it. */
public enum Role {
    SYSTEM, USER, ASSISTANT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "system", "developer" -> SYSTEM;
            case "user", "human" -> USER;
            case "assistant", "ai", "model" -> ASSISTANT;
            default -> throw new IllegalArgumentException("Unknown role '" + text + "': use system, user or assistant.");
        };
    }
}

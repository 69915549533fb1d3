package dev.playground.engine.prompt;

import dev.playground.engine.model.Role;
import java.util.Objects;

/** One message of a prompt template: a role and its template text (with {{variables}}). */
public record PromptMessage(Role role, String template) {
    public PromptMessage {
        Objects.requireNonNull(role, "role");
        template = template == null ? "" : template;
    }

    public static PromptMessage system(String template) {
        return new PromptMessage(Role.SYSTEM, template);
    }

    public static PromptMessage user(String template) {
        return new PromptMessage(Role.USER, template);
    }

    public static PromptMessage assistant(String template) {
        return new PromptMessage(Role.ASSISTANT, template);
    }
}

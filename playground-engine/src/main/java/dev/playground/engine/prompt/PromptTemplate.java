package dev.playground.engine.prompt;

import dev.playground.engine.model.Role;
import java.util.List;

/** An ordered list of message templates, like an MLflow chat prompt. */
public record PromptTemplate(List<PromptMessage> messages) {
    public PromptTemplate {
        messages = List.copyOf(messages);
    }

    public static PromptTemplate of(PromptMessage... messages) {
        return new PromptTemplate(List.of(messages));
    }

    /** A system message (left out when blank) followed by one user message. */
    public static PromptTemplate systemAndUser(String system, String user) {
        return system == null || system.isBlank()
                ? of(PromptMessage.user(user))
                : of(PromptMessage.system(system), PromptMessage.user(user));
    }

    public String textOf(Role role) {
        return messages.stream().filter(m -> m.role() == role).map(PromptMessage::template).findFirst().orElse("");
    }
}

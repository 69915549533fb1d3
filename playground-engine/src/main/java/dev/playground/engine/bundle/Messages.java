package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chat templates as the foreign formats write them: a list of {@code {role, content}}, or one plain string. */
final class Messages {
    private Messages() {}

    /** A list of role/content objects; entries of another shape go to {@code skipped} with their index. */
    static PromptTemplate fromChatList(JsonNode list, String where, List<Map<String, Object>> skipped) throws BundleFileException {
        List<PromptMessage> messages = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : list) {
            if (entry.has("role") && entry.has("content") && entry.get("content").isTextual()) {
                try {
                    messages.add(new PromptMessage(Role.parse(entry.get("role").asText()), entry.get("content").asText()));
                } catch (IllegalArgumentException e) {
                    throw new BundleFileException(where + ": " + e.getMessage());
                }
            } else {
                Map<String, Object> kept = new LinkedHashMap<>();
                kept.put("index", index);
                kept.put("entry", entry.toString());
                skipped.add(kept);
            }
            index++;
        }
        if (messages.isEmpty()) throw new BundleFileException(where + " has no messages with a role and text content.");
        return new PromptTemplate(messages);
    }

    /** Text prompts of MLflow, Langfuse and promptfoo are one user message. */
    static PromptTemplate fromText(String text) {
        return PromptTemplate.of(PromptMessage.user(text));
    }

    static boolean isSingleUserText(PromptTemplate template) {
        return template.messages().size() == 1 && template.messages().getFirst().role() == Role.USER;
    }

    static List<Map<String, String>> toChatList(PromptTemplate template) {
        List<Map<String, String>> out = new ArrayList<>();
        for (PromptMessage message : template.messages()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("role", message.role().wireName());
            entry.put("content", message.template());
            out.add(entry);
        }
        return out;
    }
}

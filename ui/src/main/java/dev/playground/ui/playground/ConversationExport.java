package dev.playground.ui.playground;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolResult;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A conversation's branch as something kept (decision 0099): a prompt version's messages, or a dataset row. Plain
 * functions over the turns.
 */
final class ConversationExport {
    /** The row's metadata key holding the whole branch as chat messages. */
    static final String CONVERSATION = "conversation";

    private ConversationExport() {}

    /** The template of a branch, and how many tool-call turns it could not hold. */
    record Template(PromptTemplate template, int toolTurnsLeftOut) {}

    /**
     * The branch as prompt messages. While it still opens with the rendered prompt as it was, those turns are written
     * as their template (variables kept); every later turn is written as the text it was, protected from being read
     * as a template. Tool calls and their answers have no place in a prompt's messages and are left out (counted).
     */
    static Template template(List<Conversation.Turn> branch, PromptTemplate opening) {
        List<PromptMessage> messages = new ArrayList<>();
        int leftOut = 0;
        int index = 0;
        long openingTurns = branch.stream().takeWhile(Conversation.Turn::opening).count();
        boolean keepsOpening = opening != null && openingTurns > 0 && branch.stream().filter(Conversation.Turn::opening).count() == openingTurns;
        if (keepsOpening) {
            messages.addAll(opening.messages());
            index = (int) openingTurns;
        }
        for (; index < branch.size(); index++) {
            RenderedMessage message = branch.get(index).message();
            if (message.hasToolParts()) {
                leftOut++;
                continue;
            }
            messages.add(new PromptMessage(message.role(), literal(message.text())));
        }
        return new Template(new PromptTemplate(messages), leftOut);
    }

    /** Text the template engine will send as it is: a raw block when it holds template marks. */
    static String literal(String text) {
        boolean marked = text.contains("{{") || text.contains("{%") || text.contains("{#");
        if (!marked || text.contains("endraw")) return text;
        return "{% raw %}" + text + "{% endraw %}";
    }

    /**
     * The branch as a dataset row: the variable values it began with as the row's inputs, its last answer as the
     * expected response, and every turn (tool calls and answers included) as chat messages in the metadata under
     * {@value #CONVERSATION}.
     */
    static DatasetRow row(List<Conversation.Turn> branch, Map<String, String> values, String description) {
        String answer = null;
        for (Conversation.Turn turn : branch) {
            RenderedMessage m = turn.message();
            if (m.role() == Role.ASSISTANT && m.toolCalls().isEmpty()) answer = m.text();
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(CONVERSATION, messages(branch));
        return DatasetRow.of(values).withExpectedResponse(answer).withMetadata(metadata).withDescription(description);
    }

    /** How many turns the person wrote (tool answers not counted). */
    static int userTurns(List<Conversation.Turn> branch) {
        return (int) branch.stream().filter(t -> t.message().role() == Role.USER && t.message().toolResults().isEmpty()).count();
    }

    /** Chat messages in the OpenAI chat shape: role and content; tool calls and "tool" answers with their call ids. */
    static List<Map<String, Object>> messages(List<Conversation.Turn> branch) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Conversation.Turn turn : branch) {
            RenderedMessage m = turn.message();
            if (!m.toolResults().isEmpty()) {
                for (ToolResult result : m.toolResults()) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("role", "tool");
                    entry.put("tool_call_id", result.callId());
                    entry.put("name", result.name());
                    entry.put("content", result.text());
                    out.add(entry);
                }
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("role", m.role().wireName());
            entry.put("content", m.text());
            if (!m.toolCalls().isEmpty()) {
                List<Map<String, Object>> calls = new ArrayList<>();
                for (ToolCall call : m.toolCalls()) {
                    Map<String, Object> function = new LinkedHashMap<>();
                    function.put("name", call.name());
                    function.put("arguments", call.arguments());
                    Map<String, Object> written = new LinkedHashMap<>();
                    written.put("id", call.id());
                    written.put("type", "function");
                    written.put("function", function);
                    calls.add(written);
                }
                entry.put("tool_calls", calls);
            }
            out.add(entry);
        }
        return out;
    }
}

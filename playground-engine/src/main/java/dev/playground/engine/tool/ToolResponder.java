package dev.playground.engine.tool;

import dev.playground.engine.model.ToolCall;
import java.util.List;
import java.util.Optional;

/** Serves tool calls: saved mock answers, answers given on the command line, an MCP server... */
public interface ToolResponder {
    /** The answer to {@code call}, or empty when this responder does not serve its tool. */
    Optional<ToolAnswer> answer(ToolCall call);

    ToolResponder NONE = call -> Optional.empty();

    /** Asks each responder in turn; the first that serves the tool answers. */
    static ToolResponder chain(List<ToolResponder> responders) {
        List<ToolResponder> all = List.copyOf(responders);
        return call -> {
            for (ToolResponder responder : all) {
                Optional<ToolAnswer> answer = responder.answer(call);
                if (answer.isPresent()) return answer;
            }
            return Optional.empty();
        };
    }
}

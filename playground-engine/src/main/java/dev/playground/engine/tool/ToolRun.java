package dev.playground.engine.tool;

import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.trace.Trace;
import java.util.List;

/**
 * How a tool loop ended: the model's answer (empty unless ANSWERED), the whole conversation (the request's messages,
 * each tool-call turn and its results, and the answer), the trace, and the failure when it FAILED.
 */
public record ToolRun(Outcome outcome, String answer, List<RenderedMessage> conversation, Trace trace, String problem,
                      ProviderException error) {
    public enum Outcome {
        /** The model answered in text. */
        ANSWERED,
        /** The model still asked for tools when the step limit was reached. */
        MAX_STEPS,
        /** A tool call had no answer: no saved mock, no --mock-tool, no MCP server, nobody typed one. */
        UNANSWERED_TOOL,
        /** A model call failed. */
        FAILED,
        /** Stopped by the person. */
        CANCELLED
    }

    public ToolRun {
        answer = answer == null ? "" : answer;
        conversation = List.copyOf(conversation);
        problem = problem == null ? "" : problem;
    }

    public boolean answered() {
        return outcome == Outcome.ANSWERED;
    }
}

package dev.playground.ui.playground;

import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.tool.ToolCheck;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A tool call the loop waits on: the call as the model wrote it, its tool (with the answers saved for it), what is
 * wrong with its arguments against the tool's schema (checked by the engine's {@link ToolCheck}; the loop only asks
 * about calls whose arguments match, so this is normally empty), and the answer to give. Answering or skipping it
 * lets the loop go on; only the first of them counts.
 */
public final class PendingToolCall {
    private final ToolCall call;
    private final ToolDefinition tool;
    private final CompletableFuture<Optional<String>> given;
    private final List<String> problems;

    PendingToolCall(ToolCall call, ToolDefinition tool, CompletableFuture<Optional<String>> given) {
        this.call = call;
        this.tool = tool;
        this.given = given;
        this.problems = ToolCheck.argumentProblems(tool, call.arguments());
    }

    public ToolCall call() { return call; }

    public ToolDefinition tool() { return tool; }

    /** The answers saved with the tool, to pick from. */
    public List<String> mocks() { return tool.mocks(); }

    /** What does not match the tool's parameters schema; empty when the arguments are valid. */
    public List<String> problems() { return problems; }

    /** Sends {@code text} back to the model as the tool's answer. */
    void answer(String text) {
        given.complete(Optional.of(text == null ? "" : text));
    }

    /** Gives no answer: the run ends there. */
    void skip() {
        given.complete(Optional.empty());
    }

    boolean open() {
        return !given.isDone();
    }
}

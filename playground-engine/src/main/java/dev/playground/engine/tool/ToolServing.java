package dev.playground.engine.tool;

import dev.playground.engine.model.ToolSet;
import dev.playground.engine.runlog.RunLabel;
import java.util.List;
import java.util.Map;

/**
 * How tool calls are served when no person answers them ({@code run}, {@code compare}, Compare cells, suites): the
 * answers given for this run ({@code --mock-tool}) first, then the extra tool source (MCP servers), then the answers
 * saved with the prompt's tools; the loop stops after {@code maxSteps} model calls. One place, so every caller answers
 * in the same order.
 */
public record ToolServing(int maxSteps, Map<String, String> given, ToolSource source) {
    /** Only the answers saved with the prompt's tools, at the default step limit. */
    public static final ToolServing SAVED = new ToolServing(ToolLoop.DEFAULT_MAX_STEPS, Map.of(), ToolSource.NONE);

    public ToolServing {
        if (maxSteps < 1) throw new IllegalArgumentException("--max-steps must be 1 or more (each step is one model call).");
        given = given == null ? Map.of() : Map.copyOf(given);
        source = source == null ? ToolSource.NONE : source;
    }

    /** The tools a prompt is run with: its own plus the source's. */
    public ToolSet offer(ToolSet prompt) {
        return source.offer(prompt == null ? ToolSet.EMPTY : prompt);
    }

    /** True when a prompt runs through the tool loop: it has tools, or the source offers some. */
    public boolean used(ToolSet prompt) {
        return !offer(prompt).isEmpty();
    }

    /** Who answers a call of one of {@code prompt}'s tools, in the order given above. */
    public ToolResponder responder(ToolSet prompt) {
        return ToolResponder.chain(List.of(new MockResponder(ToolSet.EMPTY, given), source,
                new MockResponder(prompt == null ? ToolSet.EMPTY : prompt, Map.of())));
    }

    /** The tool loop's options for a prompt with these tools, its model calls filed under {@code label}. */
    public ToolLoop.Options options(ToolSet prompt, RunLabel label) {
        return new ToolLoop.Options(maxSteps, responder(prompt), label);
    }
}

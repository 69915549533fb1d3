package dev.playground.engine.tool;

import dev.playground.engine.model.ToolSet;

/**
 * A source of tools beyond the prompt's own (connected MCP servers): it adds its tools to what the prompt offers and
 * serves their calls.
 */
public interface ToolSource extends ToolResponder {
    ToolSource NONE = new ToolSource() {
        @Override
        public ToolSet offer(ToolSet prompt) {
            return prompt;
        }

        @Override
        public java.util.Optional<ToolAnswer> answer(dev.playground.engine.model.ToolCall call) {
            return java.util.Optional.empty();
        }
    };

    /** The prompt's tools plus this source's tools that the prompt does not define itself. */
    ToolSet offer(ToolSet prompt);
}

package dev.playground.engine.mcp;

import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.tool.ToolAnswer;
import dev.playground.engine.tool.ToolSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves tool calls from connected MCP servers: each tool goes to the first server that lists it. Also offers the
 * servers' tools to a prompt ({@link #offer}). Closing it closes every session.
 */
public final class McpResponder implements ToolSource, AutoCloseable {
    private final List<McpSession> sessions;
    private final Map<String, McpSession> byTool = new LinkedHashMap<>();
    private final List<ToolDefinition> tools = new ArrayList<>();

    public McpResponder(List<McpSession> sessions) {
        this.sessions = List.copyOf(sessions);
        for (McpSession session : this.sessions) {
            for (ToolDefinition tool : session.tools()) {
                if (byTool.putIfAbsent(tool.name(), session) == null) tools.add(tool);
            }
        }
    }

    /** The servers' tools, in server order. */
    public List<ToolDefinition> tools() {
        return List.copyOf(tools);
    }

    /** The prompt's tools plus the servers' tools it does not define itself. */
    @Override
    public ToolSet offer(ToolSet prompt) {
        return prompt.plus(tools);
    }

    @Override
    public Optional<ToolAnswer> answer(ToolCall call) {
        McpSession session = byTool.get(call.name());
        return session == null ? Optional.empty() : Optional.of(session.call(call));
    }

    @Override
    public void close() {
        for (McpSession session : sessions) session.close();
    }
}

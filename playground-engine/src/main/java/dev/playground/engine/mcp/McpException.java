package dev.playground.engine.mcp;

/** An MCP server could not be started, reached or used; the message says which and what to do. */
public final class McpException extends RuntimeException {
    public McpException(String message) {
        super(message);
    }
}

package dev.playground.ui.tools;

import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.ui.common.I18n;

/** What to tell the person when an MCP server cannot be used, in the window's language. */
public final class McpWords {
    private McpWords() {}

    /** The server did not start, answer the handshake, or list its tools. */
    public static String failure(McpServerConfig server, I18n i18n) {
        return server.transport() == McpServerConfig.Transport.STDIO
                ? i18n.text("mcp.failed.stdio", server.name(), server.where())
                : i18n.text("mcp.failed.http", server.name(), server.where());
    }
}

package dev.playground.app.cli;

import dev.playground.engine.mcp.McpException;
import dev.playground.engine.mcp.McpResponder;
import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.engine.mcp.McpServers;
import dev.playground.engine.mcp.McpSession;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.tool.MockResponder;
import dev.playground.engine.tool.ToolLoop;
import dev.playground.engine.tool.ToolServing;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The tool options of {@code run} and {@code compare}: answers for tools, MCP servers, the step limit. */
final class ToolOptions {
    @Option(names = "--mock-tool", paramLabel = "NAME=TEXT",
            description = "Answer every call of tool NAME with TEXT (or NAME=@FILE: the file's text); repeat for several tools. "
                    + "Wins over the answers saved with the prompt's tools.")
    List<String> mockTools = new ArrayList<>();

    @Option(names = "--mcp", paramLabel = "NAME",
            description = "Offer the tools of this MCP server (see 'playground mcp add') and answer their calls from it; repeat for several.")
    List<String> mcp = new ArrayList<>();

    @Option(names = "--max-steps", paramLabel = "N",
            description = "Stop after N model calls when the model keeps asking for tools (default: " + ToolLoop.DEFAULT_MAX_STEPS + "); exit 1.")
    Integer maxSteps;

    /** True when the run goes through the tool loop: the prompt has tools or an MCP server is named. */
    boolean used(ToolSet promptTools) {
        return !promptTools.isEmpty() || !mcp.isEmpty();
    }

    int maxSteps() {
        if (maxSteps != null && maxSteps < 1) throw new BadInputException(ToolLines.current().text("maxSteps.invalid"));
        return maxSteps == null ? ToolLoop.DEFAULT_MAX_STEPS : maxSteps;
    }

    Map<String, String> given() {
        try {
            return MockResponder.parseOptions(mockTools, Path.of(""));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /**
     * Checks the options, connects the named MCP servers and checks every tool the prompt will be offered (close the
     * result when done).
     */
    McpResponder open(dev.playground.app.AppContext context, ToolSet promptTools) {
        maxSteps();
        given();
        McpResponder mcp = connect(context.store().mcpServers(), context.gateway().secrets());
        List<String> problems = dev.playground.engine.tool.ToolCheck.problems(mcp.offer(promptTools));
        if (!problems.isEmpty()) {
            mcp.close();
            throw new BadInputException(String.join(" ", problems));
        }
        return mcp;
    }

    /** Connects the named MCP servers (close the result when done). */
    McpResponder connect(McpServers servers, SecretResolver secrets) {
        List<McpSession> sessions = new ArrayList<>();
        try {
            for (String name : mcp) {
                McpServerConfig config = servers.find(name.strip())
                        .orElseThrow(() -> new BadInputException(ToolLines.current().text("mcp.unknown", name.strip())));
                Map<String, String> headers = new LinkedHashMap<>();
                for (String header : config.headerNames()) secrets.secret(config.secretAccount(header)).ifPresent(v -> headers.put(header, v));
                sessions.add(McpSession.open(config, headers, Duration.ofSeconds(60)));
            }
            return new McpResponder(sessions);
        } catch (RuntimeException e) {
            sessions.forEach(McpSession::close);
            if (e instanceof McpException mcpProblem) {
                throw new dev.playground.engine.model.ProviderException(dev.playground.engine.model.ProviderException.Kind.CONFIGURATION,
                        mcpProblem.getMessage());
            }
            throw e;
        }
    }

    /** --mock-tool answers, then the connected MCP servers, then the answers saved with the prompt's tools; --max-steps. */
    ToolServing serving(McpResponder mcp) {
        return new ToolServing(maxSteps(), given(), mcp);
    }
}

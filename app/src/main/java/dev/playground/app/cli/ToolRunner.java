package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.app.AppContext;
import dev.playground.engine.mcp.McpResponder;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.run.PromptRunRequest;
import dev.playground.engine.run.RunListener;
import dev.playground.engine.tool.ToolCheck;
import dev.playground.engine.tool.ToolLoop;
import dev.playground.engine.tool.ToolLoopListener;
import dev.playground.engine.tool.ToolRun;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.TraceJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code run} for a prompt with tools (or with --mcp): the engine's tool loop, each tool call printed on standard error
 * with its arguments and answer, the answer on standard output, the trace kept in the store ({@code run --json}
 * includes it). Ends with exit 1 when the loop does not end in an answer.
 */
final class ToolRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolRunner() {}

    static int run(AppContext context, PromptRunRequest request, ToolSet promptTools, ToolOptions options, boolean json,
                   PrintWriter out, PrintWriter err) throws Exception {
        Map<String, String> given = options.given();
        int maxSteps = options.maxSteps();
        try (McpResponder mcp = options.connect(context.store().mcpServers(), context.gateway().secrets())) {
            ToolSet tools = mcp.offer(promptTools);
            List<String> problems = ToolCheck.problems(tools);
            if (!problems.isEmpty()) throw new BadInputException(String.join(" ", problems));
            CompletionRequest prepared = context.runs().prepare(request, new RunListener() {}).withTools(tools);
            ToolLoop loop = new ToolLoop(context.gateway(), context::prices);
            ToolRun run = loop.start(prepared, new ToolLoop.Options(maxSteps, ToolOptions.responder(given, mcp, promptTools), request.label()),
                    new Printing(out, err, json)).result().get();
            keep(context, run);
            if (json) out.println(json(run));
            else {
                if (run.answered()) out.println();
                err.println(summary(run));
            }
            out.flush();
            err.flush();
            return switch (run.outcome()) {
                case ANSWERED -> 0;
                case CANCELLED -> throw new ProviderException(ProviderException.Kind.CANCELLED, run.problem());
                case FAILED -> throw run.error() != null ? run.error() : new ProviderException(ProviderException.Kind.NETWORK, run.problem());
                default -> throw new ProviderException(ProviderException.Kind.BAD_REQUEST, run.problem());
            };
        }
    }

    private static void keep(AppContext context, ToolRun run) {
        try {
            context.store().traces().save(run.trace());
        } catch (RuntimeException e) {
            // The answer matters more than keeping its trace.
            org.slf4j.LoggerFactory.getLogger(ToolRunner.class).warn("The trace {} could not be kept: {}", run.trace().id(), e.getMessage());
        }
    }

    static String summary(ToolRun run) {
        var trace = run.trace();
        return "trace " + trace.id() + " · " + trace.steps() + (trace.steps() == 1 ? " model call" : " model calls") + " · "
                + trace.toolSpans().size() + (trace.toolSpans().size() == 1 ? " tool call" : " tool calls") + " · " + trace.duration().toMillis()
                + " ms · tokens in " + trace.inputTokens() + ", out " + trace.outputTokens()
                + (trace.costUsd() == null ? "" : String.format(Locale.ROOT, " · cost $%.6f", trace.costUsd()));
    }

    static ObjectNode json(ToolRun run) {
        ObjectNode root = JSON.createObjectNode().put("answer", run.answer()).put("outcome", run.outcome().name().toLowerCase(Locale.ROOT));
        if (!run.problem().isEmpty()) root.put("problem", run.problem());
        root.set("trace", TraceJson.tree(run.trace()));
        return root;
    }

    /** Tokens of the answer to standard output; each tool call, with its arguments and answer, to standard error. */
    private record Printing(PrintWriter out, PrintWriter err, boolean json) implements ToolLoopListener {
        @Override
        public void onToken(String token) {
            if (json) return;
            out.print(token);
            out.flush();
        }

        @Override
        public void onToolCall(ToolCall call, Span span) {
            String answer = span.output().replaceAll("\\s+", " ");
            err.println("tool " + call.name() + " " + call.arguments() + " -> " + (answer.length() > 200 ? answer.substring(0, 197) + "..." : answer)
                    + " (" + span.source() + (span.failed() ? ": " + span.error() : "") + ")");
            err.flush();
        }
    }
}

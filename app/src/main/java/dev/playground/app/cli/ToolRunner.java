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
import dev.playground.engine.tool.ToolLoop;
import dev.playground.engine.tool.ToolLoopListener;
import dev.playground.engine.tool.ToolRun;
import dev.playground.engine.tool.ToolServing;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import dev.playground.engine.trace.TraceJson;
import java.io.PrintWriter;
import java.util.Locale;

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
        ToolLines lines = ToolLines.current();
        try (McpResponder mcp = options.open(context, promptTools)) {
            ToolServing serving = options.serving(mcp);
            ToolSet tools = serving.offer(promptTools);
            CompletionRequest prepared = context.runs().prepare(request, new RunListener() {}).withTools(tools);
            ToolLoop loop = new ToolLoop(context.gateway(), context::prices);
            ToolRun run = loop.start(prepared, serving.options(promptTools, request.label()), new Printing(out, err, json, lines)).result().get();
            keep(context, run.trace());
            if (json) out.println(json(run));
            else {
                if (run.answered()) out.println();
                err.println(lines.summary(run.trace()));
            }
            out.flush();
            err.flush();
            return switch (run.outcome()) {
                case ANSWERED -> 0;
                case CANCELLED -> throw new ProviderException(ProviderException.Kind.CANCELLED, run.problem());
                case FAILED -> throw run.error() != null ? run.error() : new ProviderException(ProviderException.Kind.NETWORK, run.problem());
                default -> throw new ProviderException(ProviderException.Kind.BAD_REQUEST, lines.problem(run));
            };
        }
    }

    /** Keeps a trace in the store ({@code trace list/show/export}); the answer matters more, so a failure is only logged. */
    static void keep(AppContext context, Trace trace) {
        try {
            context.store().traces().save(trace);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ToolRunner.class).warn("The trace {} could not be kept: {}", trace.id(), e.getMessage());
        }
    }

    static ObjectNode json(ToolRun run) {
        ObjectNode root = JSON.createObjectNode().put("answer", run.answer()).put("outcome", run.outcome().name().toLowerCase(Locale.ROOT));
        if (!run.problem().isEmpty()) root.put("problem", ToolLines.current().problem(run));
        root.set("trace", TraceJson.tree(run.trace()));
        return root;
    }

    /** Tokens of the answer to standard output; each tool call, with its arguments and answer, to standard error. */
    private record Printing(PrintWriter out, PrintWriter err, boolean json, ToolLines lines) implements ToolLoopListener {
        @Override
        public void onToken(String token) {
            if (json) return;
            out.print(token);
            out.flush();
        }

        @Override
        public void onToolCall(ToolCall call, Span span) {
            err.println(lines.call(span));
            err.flush();
        }
    }
}

package dev.playground.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.context.Citations;
import dev.playground.engine.context.SearchHit;
import dev.playground.engine.run.RunOutcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** How {@code run} shows a finished run: one JSON object, or the sources with their [n] after the answer. */
final class RunOutput {
    private RunOutput() {}

    static String json(RunOutcome outcome, Double costUsd) throws JsonProcessingException {
        CompletionResult result = outcome.result();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("answer", result.text());
        root.put("model", outcome.request().model());
        root.put("connection", outcome.request().connection().name());
        root.put("finishReason", result.finishReason());
        root.put("complete", result.complete());
        root.put("cached", result.cached());
        root.put("latencyMs", result.latency().toMillis());
        if (result.timeToFirstToken() != null) root.put("timeToFirstTokenMs", result.timeToFirstToken().toMillis());
        else root.putNull("timeToFirstTokenMs");
        if (result.tokensPerSecond() > 0) root.put("tokensPerSecond", Math.round(result.tokensPerSecond() * 10) / 10.0);
        else root.putNull("tokensPerSecond");
        ObjectNode usage = root.putObject("usage");
        usage.put("inputTokens", result.usage().inputTokens());
        usage.put("outputTokens", result.usage().outputTokens());
        usage.put("reported", result.usage().reported());
        if (costUsd != null) root.put("costUsd", costUsd);
        else root.putNull("costUsd");
        Set<Integer> cited = cited(outcome);
        ArrayNode sources = root.putArray("sources");
        for (SearchHit hit : outcome.context().chunks()) {
            sources.addObject().put("n", hit.rank()).put("source", hit.fileName()).put("path", hit.path()).put("where", hit.where())
                    .put("cited", cited.contains(hit.rank())).put("text", hit.text());
        }
        return mapper.writeValueAsString(root);
    }

    /** "Sources:" then one line per passage given to the model, marked when the answer cites it. */
    static void printSources(PrintWriter err, RunOutcome outcome) {
        List<SearchHit> sources = outcome.context().chunks();
        if (sources.isEmpty()) {
            if (!outcome.context().query().isEmpty()) err.println("No passages matched the query; {{context}} was empty.");
            return;
        }
        Set<Integer> cited = cited(outcome);
        err.println("Sources (" + cited.size() + " of " + sources.size() + " cited):");
        for (SearchHit hit : sources) {
            err.println("  [" + hit.rank() + "] " + hit.fileName() + ", " + hit.where() + (cited.contains(hit.rank()) ? "  (cited)" : ""));
        }
    }

    private static Set<Integer> cited(RunOutcome outcome) {
        Set<Integer> numbers = new TreeSet<>();
        Citations.find(outcome.result().text(), outcome.context().chunks().size()).forEach(c -> numbers.add(c.number()));
        return numbers;
    }
}

package dev.playground.store.h2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.provider.ResponseStore;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The gateway's response cache in the store (table {@code response_cache}, migration V44): finished answers by the
 * SHA-256 of everything sent. Only the digest and the answer are kept. A failure to read or write is a cache miss,
 * logged, never an error of the call.
 */
public final class H2ResponseCache implements ResponseStore {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final Jdbc jdbc;
    private final GroupCommit commits;
    private final BatchedLookups lookups;

    public H2ResponseCache(Jdbc jdbc, GroupCommit commits) {
        this.jdbc = jdbc;
        this.commits = commits;
        this.lookups = new BatchedLookups(jdbc, "response_cache", "cache_key", "result_json");
    }

    @Override
    public Optional<CompletionResult> get(String key) {
        try {
            // Calls asking at the same time share one query (a suite run asks once per call).
            String json = lookups.get(key);
            return json == null ? Optional.empty() : Optional.of(result(json));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(H2ResponseCache.class).warn("The response cache could not be read; calling the model instead", e);
            return Optional.empty();
        }
    }

    /**
     * Queued, not waited for: a lost answer is only a later miss, and this process keeps it in memory anyway. Rows
     * saved later (the call's suite cell) are saved no earlier than this answer, and closing the store waits for it.
     */
    @Override
    public void put(String key, CompletionResult result) {
        String json = json(result);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        commits.submit("keep an answer in the response cache", statements -> {
            PreparedStatement merge = statements.prepare(jdbc.dialect().upsert("response_cache", "cache_key",
                    "cache_key, result_json, created_at, last_used_at", "?, ?, ?, ?"));
            merge.setString(1, key);
            merge.setString(2, json);
            merge.setObject(3, now);
            merge.setObject(4, now);
            merge.executeUpdate();
        }).whenComplete((done, e) -> {
            if (e != null) LoggerFactory.getLogger(H2ResponseCache.class).warn("An answer could not be kept in the response cache", e);
        });
    }

    static String json(CompletionResult r) {
        ObjectNode node = JSON.createObjectNode().put("text", r.text()).put("finishReason", r.finishReason())
                .put("latencyMs", millis(r.latency())).put("firstTokenMs", millis(r.timeToFirstToken()));
        TokenUsage usage = r.usage();
        if (usage != null) node.putObject("usage").put("input", usage.inputTokens()).put("output", usage.outputTokens()).put("reported", usage.reported());
        if (r.wantsTools()) {
            var calls = node.putArray("toolCalls");
            r.toolCalls().forEach(c -> calls.addObject().put("id", c.id()).put("name", c.name()).put("arguments", c.arguments()));
        }
        return node.toString();
    }

    static CompletionResult result(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            JsonNode u = n.path("usage");
            TokenUsage usage = new TokenUsage(u.path("input").asInt(), u.path("output").asInt(), u.path("reported").asBoolean());
            java.util.List<dev.playground.engine.model.ToolCall> calls = new java.util.ArrayList<>();
            n.path("toolCalls").forEach(c -> calls.add(new dev.playground.engine.model.ToolCall(c.path("id").asText(), c.path("name").asText(),
                    c.path("arguments").asText())));
            return CompletionResult.completed(n.path("text").asText(), n.path("finishReason").isNull() ? null : n.path("finishReason").asText(),
                    usage, Duration.ofMillis(n.path("firstTokenMs").asLong()), Duration.ofMillis(n.path("latencyMs").asLong())).withToolCalls(calls);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a cached answer cannot be read", e);
        }
    }

    private static long millis(Duration d) {
        return d == null ? 0 : d.toMillis();
    }
}

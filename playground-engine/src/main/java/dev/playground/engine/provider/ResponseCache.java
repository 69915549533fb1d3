package dev.playground.engine.provider;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.RenderedMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Least-recently-used store of finished answers in memory, keyed by everything that shapes the answer, in front of
 * an optional {@link ResponseStore} that keeps them across processes (a re-run of a suite in a new process).
 */
final class ResponseCache {
    private final Map<String, CompletionResult> entries;
    private volatile ResponseStore store;

    ResponseCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletionResult> eldest) {
                return size() > capacity;
            }
        };
    }

    void persistIn(ResponseStore persistent) {
        this.store = persistent;
    }

    Optional<CompletionResult> get(CompletionRequest request) {
        String key = key(request);
        synchronized (this) {
            CompletionResult hit = entries.get(key);
            if (hit != null) return Optional.of(hit);
        }
        ResponseStore persistent = store;
        if (persistent == null) return Optional.empty();
        Optional<CompletionResult> stored = persistent.get(key);
        stored.ifPresent(result -> {
            synchronized (this) {
                entries.put(key, result);
            }
        });
        return stored;
    }

    void put(CompletionRequest request, CompletionResult result) {
        if (!result.complete()) return;
        String key = key(request);
        synchronized (this) {
            entries.put(key, result);
        }
        ResponseStore persistent = store;
        if (persistent != null) persistent.put(key, result);
    }

    /** A digest, so the cache never holds the request text twice and keys stay small. */
    static String key(CompletionRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, request.connection().kind().name());
            update(digest, request.connection().id());
            update(digest, request.connection().baseUrl());
            update(digest, request.model());
            update(digest, request.settings().toString());
            for (RenderedMessage message : request.messages()) {
                update(digest, message.role().name());
                update(digest, message.text());
                // Tool calls and results only when there are some, so plain calls keep the keys they always had.
                for (var call : message.toolCalls()) update(digest, "call " + call.id() + " " + call.name() + " " + call.arguments());
                for (var result : message.toolResults()) update(digest, "result " + result.callId() + " " + result.text());
            }
            if (!request.tools().isEmpty()) update(digest, "tools " + request.tools());
            // Repeated samples of one request are answers of their own; a single call (0) keeps the key it always had.
            if (request.sample() != 0) update(digest, "sample " + request.sample());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}

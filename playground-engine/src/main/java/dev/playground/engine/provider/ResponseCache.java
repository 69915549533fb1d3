package dev.playground.engine.provider;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.prompt.RenderedMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory, least-recently-used store of finished answers, keyed by everything that shapes the answer. */
final class ResponseCache {
    private final Map<String, CompletionResult> entries;

    ResponseCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletionResult> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<CompletionResult> get(CompletionRequest request) {
        return Optional.ofNullable(entries.get(key(request)));
    }

    synchronized void put(CompletionRequest request, CompletionResult result) {
        if (result.complete()) entries.put(key(request), result);
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
            }
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

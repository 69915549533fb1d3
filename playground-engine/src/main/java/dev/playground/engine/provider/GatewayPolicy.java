package dev.playground.engine.provider;

import java.time.Duration;
import java.util.Objects;

/**
 * How the gateway treats calls on one connection: timeouts, retries, limits and caching.
 *
 * @param connectTimeout    how long to wait for the TCP/TLS connection
 * @param firstTokenTimeout how long to wait for the first token of an attempt
 * @param totalTimeout      how long the whole call (all attempts and waits) may take
 * @param maxRetries        retries after the first attempt, only for 429/5xx and only before any token arrived
 * @param initialBackoff    first wait when the server names none; doubles per retry
 * @param maxBackoff        cap for the doubling
 * @param maxRetryAfter     longest Retry-After we honour; a longer one fails the call with that wait in the message
 * @param maxConcurrent     requests in flight at once on this connection
 * @param requestsPerMinute requests started per rolling minute (0 = no limit)
 * @param cacheResponses    serve an identical earlier request from memory, marked as cached
 */
public record GatewayPolicy(Duration connectTimeout, Duration firstTokenTimeout, Duration totalTimeout, int maxRetries,
                            Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter, int maxConcurrent,
                            int requestsPerMinute, boolean cacheResponses) {
    public static final GatewayPolicy DEFAULT = new GatewayPolicy(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(5), 3,
            Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60), 4, 0, false);

    public GatewayPolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(firstTokenTimeout, "firstTokenTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be 0 or more");
        if (maxConcurrent < 1) throw new IllegalArgumentException("maxConcurrent must be at least 1");
        if (requestsPerMinute < 0) throw new IllegalArgumentException("requestsPerMinute must be 0 (no limit) or more");
    }

    public GatewayPolicy withTimeouts(Duration connect, Duration firstToken, Duration total) {
        return new GatewayPolicy(connect, firstToken, total, maxRetries, initialBackoff, maxBackoff, maxRetryAfter, maxConcurrent,
                requestsPerMinute, cacheResponses);
    }

    public GatewayPolicy withRetries(int retries, Duration initial, Duration max) {
        return new GatewayPolicy(connectTimeout, firstTokenTimeout, totalTimeout, retries, initial, max, maxRetryAfter, maxConcurrent,
                requestsPerMinute, cacheResponses);
    }

    public GatewayPolicy withLimits(int concurrent, int perMinute) {
        return new GatewayPolicy(connectTimeout, firstTokenTimeout, totalTimeout, maxRetries, initialBackoff, maxBackoff, maxRetryAfter,
                concurrent, perMinute, cacheResponses);
    }

    public GatewayPolicy withCache(boolean enabled) {
        return new GatewayPolicy(connectTimeout, firstTokenTimeout, totalTimeout, maxRetries, initialBackoff, maxBackoff, maxRetryAfter,
                maxConcurrent, requestsPerMinute, enabled);
    }
}

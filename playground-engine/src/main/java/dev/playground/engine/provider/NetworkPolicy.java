package dev.playground.engine.provider;

import dev.playground.engine.model.Connection;
import java.util.Optional;

/**
 * Whether a connection may be called now. The offline switch is one: it refuses every connection that would leave
 * this machine (anything but loopback addresses and in-process models) with a message saying why.
 */
@FunctionalInterface
public interface NetworkPolicy {
    /** Every connection may be called. */
    NetworkPolicy OPEN = connection -> Optional.empty();

    /** Empty when {@code connection} may be called; else the reason, worded for the user. */
    Optional<String> refusal(Connection connection);

    /** As {@link #refusal}, for embedding texts with {@code model} on {@code connection} (document collections). */
    default Optional<String> embeddingRefusal(Connection connection, String model) {
        return refusal(connection);
    }

    /** Whether {@code host} is this machine: localhost, 127.0.0.0/8 or ::1 (by name, without resolving anything). */
    static boolean isLoopbackHost(String host) {
        if (host == null) return false;
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        h = h.toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }
}

package dev.playground.store;

import dev.playground.engine.model.Connection;
import dev.playground.engine.provider.GatewayPolicy;
import java.util.List;
import java.util.Map;

/** Saved model connections. A connection names where its key comes from; it never holds the key. */
public interface ConnectionRepository {
    List<Connection> all();

    void saveAll(List<Connection> connections);

    /** Timeouts, retries and limits set per connection, by connection id; connections without one use the defaults. */
    Map<String, GatewayPolicy> policies();

    void savePolicies(Map<String, GatewayPolicy> policies);
}

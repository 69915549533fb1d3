package dev.playground.engine.connections;

import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.model.Connection;
import dev.playground.engine.provider.GatewayPolicy;
import java.util.List;
import java.util.Map;

/** The port to where connections are saved (the store implements it). A connection never holds its key. */
public interface SavedConnections {
    List<Connection> all();

    void saveAll(List<Connection> connections);

    /** Timeouts, retries and limits set per connection, by connection id; connections without one use the defaults. */
    Map<String, GatewayPolicy> policies();

    void savePolicies(Map<String, GatewayPolicy> policies);

    /** The guardrails set per connection ({@code pii=mask,injection=block}), by connection id; none when absent. */
    Map<String, GuardPolicy> guardPolicies();

    void saveGuardPolicies(Map<String, GuardPolicy> policies);
}

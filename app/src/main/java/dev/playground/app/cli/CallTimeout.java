package dev.playground.app.cli;

import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import java.time.Duration;

/** {@code --timeout SECONDS} of every command that calls a model: per call, retries included, overriding the connection's. */
final class CallTimeout {
    private CallTimeout() {}

    static void apply(ModelGateway gateway, String connectionId, Integer seconds) {
        if (seconds == null) return;
        if (seconds < 1 || seconds > 86_400) throw new BadInputException("--timeout " + seconds + " is out of range: use 1 to 86400 seconds.");
        GatewayPolicy policy = gateway.policy(connectionId);
        Duration total = Duration.ofSeconds(seconds);
        gateway.setPolicy(connectionId, policy.withTimeouts(policy.connectTimeout(),
                policy.firstTokenTimeout().compareTo(total) > 0 ? total : policy.firstTokenTimeout(), total));
    }
}

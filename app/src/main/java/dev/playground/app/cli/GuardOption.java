package dev.playground.app.cli;

import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.model.Connection;
import dev.playground.engine.provider.ModelGateway;

/** {@code --guard pii=mask,injection=block} on run, compare and connections add: overrides the connection's guardrails for this command. */
final class GuardOption {
    private GuardOption() {}

    static void apply(ModelGateway gateway, Connection connection, String spec) {
        if (spec == null || spec.isBlank()) return;
        GuardPolicy run = parse(spec);
        gateway.setGuardPolicy(connection.id(), gateway.guardPolicy(connection.id()).overriddenBy(run));
    }

    /** The policy {@code --guard} names; {@link GuardPolicy#NONE} when not given. Exit 2 with the accepted words when wrong. */
    static GuardPolicy parse(String spec) {
        try {
            return GuardPolicy.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--guard: " + e.getMessage());
        }
    }
}

package dev.playground.engine.provider;

import dev.playground.engine.model.ProviderException;

/** A call a guardrail stopped (the prompt never sent, or the answer withheld): the run log counts it as blocked. */
final class GuardBlockedException extends ProviderException {
    GuardBlockedException(String reason) {
        super(Kind.BAD_REQUEST, 0, reason, null);
    }
}

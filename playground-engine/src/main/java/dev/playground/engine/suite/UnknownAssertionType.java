package dev.playground.engine.suite;

import dev.playground.engine.bundle.BundleFileException;

/** A suite names an assertion type neither promptfoo nor we know: a bad suite (exit 2), reported with its line when known. */
public final class UnknownAssertionType extends BundleFileException {
    private final String type;

    UnknownAssertionType(String message, String type) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }
}

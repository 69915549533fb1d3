package dev.playground.ui.common;

import dev.playground.engine.model.ProviderKind;

/** A typical base URL per provider, shown as the placeholder of base-URL fields. */
public final class BaseUrlExamples {
    private BaseUrlExamples() {}

    public static String of(ProviderKind kind) {
        if (kind == null) return "";
        return kind.exampleBaseUrl();
    }
}

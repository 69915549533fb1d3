package dev.playground.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a failure from background work into text a person can act on (never a stack trace). */
public final class Failures {
    private Failures() {}

    /** The message of the underlying cause; its type only when it has no message of its own. */
    public static String readable(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}

package dev.playground.app.cli;

import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.file.PromptFileException;
import dev.playground.store.StoreException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The command line's exit codes (the table in the README) and how a failure maps onto one. Every failure prints
 * one line in plain words: the message of our own exceptions, never a stack trace or a library's text.
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** A model call, an assertion or a guardrail check failed, or an import refused some files. */
    public static final int FAILED = 1;
    /** Bad input: a missing variable, an unreadable file, a template error, a value out of range. */
    public static final int BAD_INPUT = 2;
    /** The store is busy or cannot be opened. */
    public static final int STORE_UNAVAILABLE = 3;
    /** Cancelled (Ctrl+C), as shells report SIGINT. */
    public static final int CANCELLED = 130;

    private ExitCodes() {}

    /** The exit code and the one line to print for a failure that ended a command. */
    public record Outcome(int code, String message) {}

    public static Outcome of(Throwable failure) {
        Throwable e = unwrap(failure);
        return switch (e) {
            case BadInputException bad -> new Outcome(BAD_INPUT, bad.getMessage());
            case TemplateException template -> new Outcome(BAD_INPUT, template.describe());
            case PromptFileException file -> new Outcome(BAD_INPUT, file.getMessage());
            case BundleFileException bundle -> new Outcome(BAD_INPUT, bundle.getMessage());
            // Our validation (names, ranges, unknown prompts) reports bad input as IllegalArgumentException with a
            // message written for the user; NumberFormatException is one too, but its text is the JDK's.
            case NumberFormatException number -> new Outcome(BAD_INPUT, "a number was expected but could not be read.");
            case IllegalArgumentException invalid when invalid.getMessage() != null -> new Outcome(BAD_INPUT, invalid.getMessage());
            case ProviderException call when call.kind() == ProviderException.Kind.CANCELLED -> new Outcome(CANCELLED, call.getMessage());
            case ProviderException call -> new Outcome(FAILED, call.getMessage());
            case StoreException store -> new Outcome(STORE_UNAVAILABLE, store.getMessage());
            case CancellationException cancelled -> new Outcome(CANCELLED, "cancelled.");
            case InterruptedException interrupted -> new Outcome(CANCELLED, "cancelled.");
            default -> new Outcome(FAILED, "an unexpected " + e.getClass().getSimpleName()
                    + " stopped the command; nothing more was done. Set PLAYGROUND_DEBUG=1 to see the details, and please report it.");
        };
    }

    /** The failure itself rather than the wrapper a future or executor put around it. */
    static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof ExecutionException || e instanceof CompletionException) && e.getCause() != null) e = e.getCause();
        return e;
    }
}

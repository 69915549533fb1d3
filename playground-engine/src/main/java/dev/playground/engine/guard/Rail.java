package dev.playground.engine.guard;

import java.util.List;

/** A check that runs locally on a piece of text and reports what it found, in order of position. */
public interface Rail {
    /** The short name used on the command line and in settings ({@code pii}, {@code injection}, …). */
    String name();

    List<GuardFinding> check(String text);
}

package dev.playground.store;

import java.time.Instant;

/** A prompt as the library lists it. */
public record PromptSummary(String name, int latestVersion, Instant updatedAt) {}

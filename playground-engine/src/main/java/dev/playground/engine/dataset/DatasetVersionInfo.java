package dev.playground.engine.dataset;

import java.time.Instant;

/** A saved dataset version in a history list: everything but its rows. */
public record DatasetVersionInfo(String name, int version, int rowCount, String commitMessage, String author, String source,
                                 Instant createdAt) {}

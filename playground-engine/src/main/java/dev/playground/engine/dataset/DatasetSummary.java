package dev.playground.engine.dataset;

import java.time.Instant;

/** A dataset in a list: its latest version and how many rows that version has. */
public record DatasetSummary(String name, int latestVersion, int rowCount, Instant updatedAt) {}

package dev.playground.store;

import java.time.Instant;

/** One change of an alias: {@code from} is null when it was created, {@code to} null when it was removed. */
public record AliasMove(String promptName, String alias, Integer from, Integer to, Instant movedAt, String movedBy) {}

package dev.playground.engine.model;

/** A message exactly as it will be sent: all variables filled in. */
public record RenderedMessage(Role role, String text) {}

package dev.playground.store;

import java.util.List;

/** What {@code playground store check} found: plain lines for the user, and whether the store can be used. */
public record StoreHealth(boolean usable, List<String> findings) {}

package dev.playground.store;

import dev.playground.engine.connections.SavedConnections;

/** Saved model connections. A connection names where its key comes from; it never holds the key. */
public interface ConnectionRepository extends SavedConnections {
}

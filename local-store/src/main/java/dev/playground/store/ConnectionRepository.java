package dev.playground.store;

import dev.playground.engine.model.Connection;
import java.util.List;

/** Saved model connections. A connection names where its key comes from; it never holds the key. */
public interface ConnectionRepository {
    List<Connection> all();

    void saveAll(List<Connection> connections);
}

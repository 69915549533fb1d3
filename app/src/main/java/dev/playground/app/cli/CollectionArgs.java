package dev.playground.app.cli;

import dev.playground.engine.retrieval.DocumentCollection;
import java.io.IOException;

/** Opening a collection by the name given on the command line, with messages that say what to do. */
final class CollectionArgs {
    private CollectionArgs() {}

    static DocumentCollection open(PlaygroundCommand root, String name, boolean create) throws IOException {
        if (!create && !root.context().collections().exists(name)) {
            throw new BadInputException("There is no collection named '" + name + "'; create it with: playground index PATH --collection "
                    + name);
        }
        try {
            return root.context().collections().open(name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}

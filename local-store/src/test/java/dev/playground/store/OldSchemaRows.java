package dev.playground.store;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.store.h2.DocumentJson;
import dev.playground.store.h2.StoreConnections;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/** Writes rows the way the first schema's code did, for upgrade tests (today's code expects today's schema). */
final class OldSchemaRows {
    private OldSchemaRows() {}

    static void insertFirstVersion(Path dataDir, String name, PromptDocument document, String commitMessage, String author)
            throws Exception {
        try (var connections = StoreConnections.of(dataDir); var connection = connections.connection()) {
            OffsetDateTime now = OffsetDateTime.now();
            try (var prompt = connection.prepareStatement("INSERT INTO prompt (name, created_at) VALUES (?, ?)")) {
                prompt.setString(1, name);
                prompt.setObject(2, now);
                prompt.executeUpdate();
            }
            try (var version = connection.prepareStatement("""
                    INSERT INTO prompt_version (prompt_id, version, document_json, commit_message, author, created_at)
                    SELECT id, 1, ?, ?, ?, ? FROM prompt WHERE name = ?""")) {
                version.setString(1, DocumentJson.write(document));
                version.setString(2, commitMessage);
                version.setString(3, author);
                version.setObject(4, now);
                version.setString(5, name);
                version.executeUpdate();
            }
        }
    }
}

package dev.playground.store.h2;

import dev.playground.store.Draft;
import dev.playground.store.DraftRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

public final class H2DraftRepository implements DraftRepository {
    private final Jdbc jdbc;

    public H2DraftRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Draft draft) {
        jdbc.inTransaction("autosave the draft", connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO draft (id, prompt_name, document_json, updated_at) KEY (id) VALUES (?, ?, ?, ?)")) {
                merge.setString(1, draft.id());
                merge.setString(2, draft.promptName());
                merge.setString(3, DocumentJson.write(draft.document()));
                merge.setObject(4, OffsetDateTime.ofInstant(draft.updatedAt(), ZoneOffset.UTC));
                merge.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Draft> load(String id) {
        return jdbc.inTransaction("load the draft", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT prompt_name, document_json, updated_at FROM draft WHERE id = ?")) {
                query.setString(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    return Optional.of(new Draft(id, rs.getString(1), DocumentJson.read(rs.getString(2)), H2PromptRepository.instant(rs, 3)));
                }
            }
        });
    }

    @Override
    public void delete(String id) {
        jdbc.inTransaction("discard the draft", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM draft WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate();
            }
        });
    }
}

package dev.playground.store.h2;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.store.Draft;
import dev.playground.store.DraftRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;

/** Drafts in one table: the prompt draft as a document, other editors' state as JSON of their own type. */
public final class H2DraftRepository implements DraftRepository {
    private static final ObjectMapper STATE_JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private final Jdbc jdbc;

    public H2DraftRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Draft draft) {
        write("autosave the draft", draft.id(), draft.promptName(), DocumentJson.write(draft.document()), draft.updatedAt());
    }

    @Override
    public void saveState(String id, Object state) {
        String json;
        try {
            json = STATE_JSON.writeValueAsString(state);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the draft " + id + " as JSON", e);
        }
        write("autosave the draft", id, "", json, Instant.now());
    }

    private void write(String what, String id, String promptName, String json, Instant updatedAt) {
        jdbc.inTransaction(what, connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    Dialect.of(connection).upsert("draft", "id", "id, prompt_name, document_json, updated_at, closed_cleanly", "?, ?, ?, ?, FALSE"))) {
                merge.setString(1, id);
                merge.setString(2, promptName);
                merge.setString(3, json);
                merge.setObject(4, OffsetDateTime.ofInstant(updatedAt, ZoneOffset.UTC));
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
    public <T> Optional<T> loadState(String id, Class<T> type) {
        Optional<String> json = jdbc.inTransaction("load the draft", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT document_json FROM draft WHERE id = ?")) {
                query.setString(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
        if (json.isEmpty()) return Optional.empty();
        try {
            return Optional.of(STATE_JSON.readValue(json.get(), type));
        } catch (Exception e) {
            // A draft from an older build whose shape changed: starting with an empty editor beats not starting.
            LoggerFactory.getLogger(H2DraftRepository.class).warn("The draft {} could not be read back and is ignored: {}", id, e.getMessage());
            return Optional.empty();
        }
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

    @Override
    public void markAllClosed() {
        jdbc.inTransaction("mark the drafts closed", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE draft SET closed_cleanly = TRUE WHERE closed_cleanly = FALSE")) {
                return update.executeUpdate();
            }
        });
    }

    @Override
    public Set<String> interrupted() {
        return jdbc.inTransaction("look for drafts left by a crash", connection -> {
            Set<String> ids = new LinkedHashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM draft WHERE closed_cleanly = FALSE ORDER BY id");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
            return ids;
        });
    }
}

package dev.playground.store.h2;

import static dev.playground.store.h2.H2PromptRepository.instant;
import static dev.playground.store.h2.H2PromptRepository.requirePromptId;
import static dev.playground.store.h2.H2PromptRepository.requireVersionId;
import static dev.playground.store.h2.H2PromptRepository.utc;

import dev.playground.store.AliasMove;
import dev.playground.store.AliasRepository;
import dev.playground.engine.prompt.RegistryNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class H2AliasRepository implements AliasRepository {
    private final Jdbc jdbc;

    public H2AliasRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AliasMove set(String promptName, String alias, int version, String movedBy) {
        String clean = RegistryNames.alias(alias);
        return jdbc.inTransaction("point " + promptName + "@" + clean + " at version " + version,
                connection -> move(connection, promptName, clean, version, movedBy, Instant.now()));
    }

    /** Sets the alias inside the caller's transaction and records the move (none if it already points there). */
    static AliasMove move(Connection connection, String promptName, String alias, Integer to, String movedBy, Instant when)
            throws SQLException {
        long promptId = requirePromptId(connection, promptName);
        if (to != null) requireVersionId(connection, promptName, to);
        // Two people moving aliases of one prompt at once take turns here, so each move's history starts where the
        // last one left the alias (on a team store the second waits for the first's commit, then reads its result).
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM prompt WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, promptId);
            lock.executeQuery().close();
        }
        Integer from = current(connection, promptId, alias).orElse(null);
        AliasMove move = new AliasMove(promptName, alias, from, to, when, movedBy == null ? "" : movedBy);
        if (java.util.Objects.equals(from, to)) return move;
        if (to == null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM prompt_alias WHERE prompt_id = ? AND alias = ?")) {
                delete.setLong(1, promptId);
                delete.setString(2, alias);
                delete.executeUpdate();
            }
        } else {
            try (PreparedStatement merge = connection.prepareStatement(
                    Dialect.of(connection).upsert("prompt_alias", "prompt_id, alias", "prompt_id, alias, version, updated_at", "?, ?, ?, ?"))) {
                merge.setLong(1, promptId);
                merge.setString(2, alias);
                merge.setInt(3, to);
                merge.setObject(4, utc(when));
                merge.executeUpdate();
            }
        }
        H2PromptRepository.touch(connection, promptId);
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO alias_move (prompt_id, alias, from_version, to_version, moved_at, moved_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            record.setLong(1, promptId);
            record.setString(2, alias);
            record.setObject(3, from);
            record.setObject(4, to);
            record.setObject(5, utc(when));
            record.setString(6, move.movedBy());
            record.executeUpdate();
        }
        return move;
    }

    private static Optional<Integer> current(Connection connection, long promptId, String alias) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT version FROM prompt_alias WHERE prompt_id = ? AND alias = ?")) {
            query.setLong(1, promptId);
            query.setString(2, alias);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<AliasMove> remove(String promptName, String alias, String movedBy) {
        return jdbc.inTransaction("remove " + promptName + "@" + alias, connection -> {
            if (current(connection, requirePromptId(connection, promptName), alias).isEmpty()) return Optional.empty();
            return Optional.of(move(connection, promptName, alias, null, movedBy, Instant.now()));
        });
    }

    @Override
    public Map<String, Integer> aliases(String promptName) {
        return jdbc.inTransaction("read aliases of " + promptName, connection -> aliases(connection, promptName));
    }

    static Map<String, Integer> aliases(Connection connection, String promptName) throws SQLException {
        Map<String, Integer> result = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT a.alias, a.version FROM prompt p JOIN prompt_alias a ON a.prompt_id = p.id WHERE p.name = ?")) {
            query.setString(1, promptName);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) result.put(rs.getString(1), rs.getInt(2));
            }
        }
        return result;
    }

    @Override
    public Optional<Integer> resolve(String promptName, String alias) {
        return Optional.ofNullable(aliases(promptName).get(alias));
    }

    @Override
    public List<AliasMove> history(String promptName) {
        return jdbc.inTransaction("read alias history of " + promptName, connection -> {
            List<AliasMove> moves = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT m.alias, m.from_version, m.to_version, m.moved_at, m.moved_by
                    FROM prompt p JOIN alias_move m ON m.prompt_id = p.id WHERE p.name = ? ORDER BY m.id""")) {
                query.setString(1, promptName);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        moves.add(new AliasMove(promptName, rs.getString(1), rs.getObject(2, Integer.class),
                                rs.getObject(3, Integer.class), instant(rs, 4), rs.getString(5)));
                    }
                }
            }
            return moves;
        });
    }
}

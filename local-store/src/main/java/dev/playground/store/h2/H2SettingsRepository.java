package dev.playground.store.h2;

import dev.playground.store.SettingsRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

public final class H2SettingsRepository implements SettingsRepository {
    private final Jdbc jdbc;

    public H2SettingsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> get(String key) {
        return jdbc.inTransaction("read setting " + key, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT setting_value FROM app_setting WHERE setting_key = ?")) {
                query.setString(1, key);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        jdbc.inTransaction("save setting " + key, connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    Dialect.of(connection).upsert("app_setting", "setting_key", "setting_key, setting_value", "?, ?"))) {
                merge.setString(1, key);
                merge.setString(2, value);
                return merge.executeUpdate();
            }
        });
    }
}

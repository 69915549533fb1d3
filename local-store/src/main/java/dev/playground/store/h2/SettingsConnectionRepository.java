package dev.playground.store.h2;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.model.Connection;
import dev.playground.store.ConnectionRepository;
import dev.playground.store.SettingsRepository;
import java.util.List;

/** Connections as one JSON list in the settings table: few, small, and always read together. */
public final class SettingsConnectionRepository implements ConnectionRepository {
    static final String KEY = "connections";
    private static final ObjectMapper MAPPER = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final SettingsRepository settings;

    public SettingsConnectionRepository(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public List<Connection> all() {
        return settings.get(KEY).map(json -> {
            try {
                return MAPPER.readValue(json, new TypeReference<List<Connection>>() {});
            } catch (Exception e) {
                return List.<Connection>of();
            }
        }).orElse(List.of());
    }

    @Override
    public void saveAll(List<Connection> connections) {
        try {
            settings.put(KEY, MAPPER.writeValueAsString(connections));
        } catch (Exception e) {
            throw new IllegalStateException("Could not write connections", e);
        }
    }
}

package dev.playground.store.h2;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.model.Connection;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.store.ConnectionRepository;
import dev.playground.store.SettingsRepository;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Connections as one JSON list in the settings table: few, small, and always read together. */
public final class SettingsConnectionRepository implements ConnectionRepository {
    static final String KEY = "connections";
    static final String POLICIES_KEY = "connection-policies";
    static final String GUARDRAILS_KEY = "connection-guardrails";
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

    @Override
    public Map<String, GatewayPolicy> policies() {
        Map<String, GatewayPolicy> result = new LinkedHashMap<>();
        settings.get(POLICIES_KEY).ifPresent(json -> {
            try {
                Map<String, StoredPolicy> stored = MAPPER.readValue(json, new TypeReference<Map<String, StoredPolicy>>() {});
                stored.forEach((id, policy) -> {
                    try {
                        result.put(id, policy.toPolicy());
                    } catch (IllegalArgumentException e) {
                        // A hand-edited, impossible value: that connection falls back to the defaults.
                    }
                });
            } catch (Exception e) {
                // Unreadable: every connection uses the defaults.
            }
        });
        return result;
    }

    @Override
    public void savePolicies(Map<String, GatewayPolicy> policies) {
        Map<String, StoredPolicy> stored = new LinkedHashMap<>();
        policies.forEach((id, policy) -> stored.put(id, StoredPolicy.of(policy)));
        try {
            settings.put(POLICIES_KEY, MAPPER.writeValueAsString(stored));
        } catch (Exception e) {
            throw new IllegalStateException("Could not write connection policies", e);
        }
    }

    /** Guardrails as {@code {"id": "pii=mask,injection=block"}}; a value that no longer reads is dropped. */
    @Override
    public Map<String, GuardPolicy> guardPolicies() {
        Map<String, GuardPolicy> result = new LinkedHashMap<>();
        settings.get(GUARDRAILS_KEY).ifPresent(json -> {
            try {
                Map<String, String> stored = MAPPER.readValue(json, new TypeReference<Map<String, String>>() {});
                stored.forEach((id, spec) -> {
                    try {
                        GuardPolicy policy = GuardPolicy.parse(spec);
                        if (!policy.isEmpty()) result.put(id, policy);
                    } catch (IllegalArgumentException e) {
                        // A hand-edited, unknown rail or action: that connection runs without guardrails.
                    }
                });
            } catch (Exception e) {
                // Unreadable: no connection has guardrails.
            }
        });
        return result;
    }

    @Override
    public void saveGuardPolicies(Map<String, GuardPolicy> policies) {
        Map<String, String> stored = new LinkedHashMap<>();
        policies.forEach((id, policy) -> {
            if (!policy.isEmpty()) stored.put(id, policy.toString());
        });
        try {
            settings.put(GUARDRAILS_KEY, MAPPER.writeValueAsString(stored));
        } catch (Exception e) {
            throw new IllegalStateException("Could not write connection guardrails", e);
        }
    }

    /** The parts of a policy a person sets, in plain numbers; backoff and Retry-After caps keep their defaults. */
    record StoredPolicy(long connectTimeoutMs, long firstTokenTimeoutMs, long totalTimeoutMs, int maxRetries, int maxConcurrent,
                        int requestsPerMinute, boolean cacheResponses) {
        static StoredPolicy of(GatewayPolicy p) {
            return new StoredPolicy(p.connectTimeout().toMillis(), p.firstTokenTimeout().toMillis(), p.totalTimeout().toMillis(),
                    p.maxRetries(), p.maxConcurrent(), p.requestsPerMinute(), p.cacheResponses());
        }

        GatewayPolicy toPolicy() {
            GatewayPolicy base = GatewayPolicy.DEFAULT;
            return base.withTimeouts(Duration.ofMillis(connectTimeoutMs), Duration.ofMillis(firstTokenTimeoutMs), Duration.ofMillis(totalTimeoutMs))
                    .withRetries(maxRetries, base.initialBackoff(), base.maxBackoff())
                    .withLimits(maxConcurrent, requestsPerMinute)
                    .withCache(cacheResponses);
        }
    }
}

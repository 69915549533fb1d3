package dev.playground.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelParameter;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ParameterSupport;
import dev.playground.engine.model.ProviderKind;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retry-After parsing, Databricks URLs, the capability table and key lookup. */
class SmallPartsTest {
    @Test
    void retry_after_reads_seconds_and_http_dates() {
        assertThat(RetryAfter.parse("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("0.5")).isEqualTo(Duration.ofMillis(500));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
        assertThat(RetryAfter.parse(inTenSeconds)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon")).isNull();
    }

    @Test
    void databricks_workspace_urls_become_the_serving_endpoints_base() {
        assertThat(DatabricksWorkspace.servingEndpointsUrl("adb-123.azuredatabricks.net"))
                .isEqualTo("https://adb-123.azuredatabricks.net/serving-endpoints");
        assertThat(DatabricksWorkspace.servingEndpointsUrl("https://dbc-1.cloud.databricks.com/"))
                .isEqualTo("https://dbc-1.cloud.databricks.com/serving-endpoints");
        assertThat(DatabricksWorkspace.servingEndpointsUrl("https://dbc-1.cloud.databricks.com/serving-endpoints"))
                .isEqualTo("https://dbc-1.cloud.databricks.com/serving-endpoints");
        assertThat(DatabricksWorkspace.servingEndpointsUrl(" ")).isEmpty();
    }

    @Test
    void databricks_picks_up_the_host_from_the_environment() {
        var provider = new OpenAiCompatibleProvider(ProviderKind.DATABRICKS, new dev.playground.engine.tokens.TokenCounter(),
                Duration.ofSeconds(1), Map.of("DATABRICKS_HOST", "dbc-9.cloud.databricks.com"));
        Connection fromEnv = new Connection("db", "Databricks", ProviderKind.DATABRICKS, "", "DATABRICKS_TOKEN", "my-endpoint");

        assertThat(provider.baseUrl(fromEnv)).isEqualTo("https://dbc-9.cloud.databricks.com/serving-endpoints");
    }

    @Test
    void the_capability_table_explains_every_gap() {
        assertThat(ParameterSupport.supports(ProviderKind.GEMINI, ModelParameter.SEED)).isTrue();
        assertThat(ParameterSupport.whyUnsupported(ProviderKind.ANTHROPIC, ModelParameter.SEED)).get().asString().contains("no seed");
        assertThat(ParameterSupport.whyUnsupported(ProviderKind.OPENAI, ModelParameter.TOP_K)).isPresent();
        assertThat(ParameterSupport.unsupported(ProviderKind.OLLAMA)).containsKeys(ModelParameter.PRESENCE_PENALTY, ModelParameter.FREQUENCY_PENALTY);
        for (ProviderKind kind : ProviderKind.values()) {
            ParameterSupport.unsupported(kind).values().forEach(reason -> assertThat(reason).endsWith("."));
        }
        ModelSettings stripped = ParameterSupport.stripUnsupported(ProviderKind.ANTHROPIC,
                new ModelSettings(0.5, 0.9, 10, 100, List.of("x"), 1, 0.1, 0.2, "json"));
        assertThat(stripped).isEqualTo(new ModelSettings(0.5, 0.9, 10, 100, List.of("x"), null, null, null, null));
    }

    @Test
    void the_resolver_prefers_session_then_environment_then_stored_keys_and_redacts_all() {
        var store = new java.util.HashMap<String, String>();
        SecretResolver resolver = new SecretResolver(Map.of("ENV_KEY", "env-key-value-123456"), new MapStore(store));
        Connection c = new Connection("c1", "C", ProviderKind.OPENAI, "", "ENV_KEY", "m");

        resolver.store("c1", "stored-key-value-98765");
        assertThat(resolver.apiKey(c)).contains("env-key-value-123456");
        assertThat(resolver.apiKey(new Connection("c1", "C", ProviderKind.OPENAI, "", "UNSET_ENV", "m"))).contains("stored-key-value-98765");
        resolver.rememberForSession("c1", "typed-key-value-55555");
        assertThat(resolver.apiKey(c)).contains("typed-key-value-55555");
        assertThat(resolver.redact("a stored-key-value-98765 b typed-key-value-55555 c env-key-value-123456"))
                .doesNotContain("stored-key-value-98765", "typed-key-value-55555", "env-key-value-123456");
        resolver.store("c1", "");
        assertThat(store).isEmpty();
    }

    private record MapStore(Map<String, String> map) implements dev.playground.engine.secrets.SecretStore {
        @Override
        public java.util.Optional<String> get(String name) {
            return java.util.Optional.ofNullable(map.get(name));
        }

        @Override
        public void put(String name, String secret) {
            map.put(name, secret);
        }

        @Override
        public void delete(String name) {
            map.remove(name);
        }

        @Override
        public String description() {
            return "map";
        }
    }
}

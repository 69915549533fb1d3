package dev.playground.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderKindTest {
    @Test
    void hosted_providers_need_a_key_and_have_an_address_local_servers_do_not() {
        for (ProviderKind kind : new ProviderKind[] {ProviderKind.OPENAI, ProviderKind.ANTHROPIC, ProviderKind.GEMINI}) {
            assertThat(kind.keyRequired()).as(kind.cliName()).isTrue();
            assertThat(kind.keyVariable()).as(kind.cliName()).endsWith("_API_KEY");
            assertThat(kind.defaultBaseUrl()).as(kind.cliName()).startsWith("https://");
        }
        assertThat(ProviderKind.OLLAMA.keyRequired()).isFalse();
        assertThat(ProviderKind.OLLAMA.defaultBaseUrl()).isEqualTo("http://localhost:11434");
        assertThat(ProviderKind.OPENAI_COMPATIBLE.baseUrlRequired()).isTrue();
        assertThat(ProviderKind.DATABRICKS.keyVariable()).isEqualTo("DATABRICKS_TOKEN");
    }

    @Test
    void a_connection_without_an_address_calls_the_kind_default_and_a_trailing_slash_is_dropped() {
        assertThat(ProviderKind.OPENAI.baseUrlOf(new Connection("o", "O", ProviderKind.OPENAI, "", "", ""))).isEqualTo("https://api.openai.com/v1");
        assertThat(ProviderKind.OPENAI.baseUrlOf(new Connection("o", "O", ProviderKind.OPENAI, "http://127.0.0.1:9/v1/", "", "")))
                .isEqualTo("http://127.0.0.1:9/v1");
    }

    @Test
    void openai_protocol_servers_are_priced_under_any_provider() {
        assertThat(ProviderKind.OPENAI_COMPATIBLE.priceProvider()).isEmpty();
        assertThat(ProviderKind.ANTHROPIC.priceProvider()).isEqualTo("anthropic");
        assertThat(ParameterSupport.supports(ProviderKind.OPENAI, ModelParameter.TOP_K)).isFalse();
        assertThat(ParameterSupport.supports(ProviderKind.OPENAI_COMPATIBLE, ModelParameter.TOP_K)).isTrue();
    }
}

package dev.playground.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class UrlRedactionTest {
    @Test
    void passwords_and_credential_parameters_in_urls_are_masked() {
        assertThat(Redaction.url("https://ana:hunter2@llm.example.com/v1")).isEqualTo("https://ana:***@llm.example.com/v1");
        assertThat(Redaction.url("https://gen.example.com/v1?key=AIzaSyA-123&alt=sse")).isEqualTo("https://gen.example.com/v1?key=***&alt=sse");
        assertThat(Redaction.url("http://h/v1?x=1&api_key=abc&token=t0k3n")).isEqualTo("http://h/v1?x=1&api_key=***&token=***");
        assertThat(Redaction.url("http://localhost:8000/v1")).isEqualTo("http://localhost:8000/v1");
        assertThat(Redaction.url("http://[::1]:8080/v1?model=a")).isEqualTo("http://[::1]:8080/v1?model=a");
        assertThat(Redaction.redactKnownShapes("failed: GET https://u:pw1234@x.io/v1?apiKey=zzz")).doesNotContain("pw1234").doesNotContain("zzz");
    }

    @Test
    void an_error_about_a_connection_never_shows_the_credentials_in_its_url() {
        Connection connection = new Connection("c1", "Team proxy", dev.playground.engine.model.ProviderKind.OPENAI_COMPATIBLE,
                "http://ana:hunter2@127.0.0.1:9/v1?key=sekrit-value", "", "m");
        ProviderException error = ProviderErrors.translate(new ConnectException("Connection refused: http://ana:hunter2@127.0.0.1:9/v1?key=sekrit-value"),
                connection, "");
        assertThat(error.getMessage()).contains("Team proxy").contains("127.0.0.1:9").doesNotContain("hunter2").doesNotContain("sekrit-value");
    }
}

package dev.playground.engine.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.playground.engine.model.Connection;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GETs a provider's model list as JSON and picks out the names, with errors translated and redacted. */
final class ModelListing {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LIST_TIMEOUT = Duration.ofSeconds(20);

    private ModelListing() {}

    static JsonNode getJson(String url, Map<String, String> headers, Duration connectTimeout, Connection connection, String apiKey) {
        try {
            HttpRequest.Builder request = HttpRequest.builder().method(HttpMethod.GET).url(url);
            headers.forEach(request::addHeader);
            String body = new AttemptHttpClient(connectTimeout, LIST_TIMEOUT).execute(request.build()).body();
            return JSON.readTree(body);
        } catch (IOException e) {
            throw ProviderErrors.translate(e, connection, apiKey);
        } catch (RuntimeException e) {
            throw ProviderErrors.translate(e, connection, apiKey);
        }
    }

    static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : array) {
            String name = item.path(field).asText("");
            if (!name.isEmpty()) names.add(name);
        }
        return names;
    }
}

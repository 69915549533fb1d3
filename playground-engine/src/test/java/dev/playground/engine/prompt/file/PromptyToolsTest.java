package dev.playground.engine.prompt.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.bundle.BundleWriter;
import dev.playground.engine.bundle.BundledPrompt;
import dev.playground.engine.bundle.BundledVersion;
import dev.playground.engine.bundle.LangfusePromptJson;
import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tools in foreign formats: Prompty (v2 written and read, v1 read), Langfuse's config, and what other formats leave out. */
class PromptyToolsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ToolDefinition WEATHER = new ToolDefinition("get_weather", "Current weather in a city",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"City name\"},"
                    + "\"unit\":{\"type\":\"string\",\"enum\":[\"C\",\"F\"]}},\"required\":[\"city\"]}", List.of("{\"tempC\":21}"));
    private static final ToolDefinition SEARCH = new ToolDefinition("search_flights", "Flights between two airports",
            "{\"type\":\"object\",\"properties\":{\"route\":{\"type\":\"object\",\"properties\":{\"from\":{\"type\":\"string\"},"
                    + "\"to\":{\"type\":\"string\"}}}},\"required\":[\"route\"]}", List.of());
    private static final ToolSet TOOLS = new ToolSet(List.of(WEATHER, SEARCH), ToolChoice.named("get_weather"));

    private static PromptFile file() {
        PromptDocument document = PromptDocument.of(PromptTemplate.systemAndUser("Plan trips.", "Weather in {{city}}?")).withTools(TOOLS);
        return new PromptFile("travel", "", "", document);
    }

    private static JsonNode tree(String schema) throws Exception {
        return JSON.readTree(schema);
    }

    @Test
    void a_prompty_export_carries_function_tools_and_reads_back_the_same() throws Exception {
        String written = PromptyFormat.write(file());

        JsonNode front = Yaml.read(written.substring(4, written.indexOf("\n---\n", 4)), "test", 1);
        JsonNode weather = front.path("tools").get(0);
        assertThat(weather.path("name").asText()).isEqualTo("get_weather");
        assertThat(weather.path("kind").asText()).isEqualTo("function");
        assertThat(weather.path("description").asText()).isEqualTo("Current weather in a city");
        assertThat(weather.path("parameters").get(0).path("name").asText()).isEqualTo("city");
        assertThat(weather.path("parameters").get(0).path("description").asText()).isEqualTo("City name");
        assertThat(weather.path("parameters").get(1).path("required").asBoolean(true)).isFalse();
        assertThat(front.path("tools").get(1).path("parameters").get(0).path("kind").asText()).isEqualTo("object");
        JsonNode playground = front.path("metadata").path("playground");
        assertThat(playground.path("toolMocks").path("get_weather").get(0).asText()).isEqualTo("{\"tempC\":21}");
        assertThat(playground.path("toolParameters").has("search_flights")).as("nested parameters are kept whole").isTrue();
        assertThat(playground.path("toolChoice").asText()).isEqualTo("get_weather");

        ToolSet read = PromptyFormat.read(written, null).document().tools();

        assertThat(read.choice()).isEqualTo(ToolChoice.named("get_weather"));
        assertThat(read.tools()).extracting(ToolDefinition::name).containsExactly("get_weather", "search_flights");
        assertThat(tree(read.tools().get(1).parameters())).isEqualTo(tree(SEARCH.parameters()));
        assertThat(read.tools().get(0).mocks()).containsExactly("{\"tempC\":21}");
        assertThat(read.tools().get(0).description()).isEqualTo("Current weather in a city");
    }

    @Test
    void a_foreign_prompty_v2_gives_its_function_tools_and_says_which_tools_it_left_out() throws Exception {
        String prompty = """
                ---
                name: lookup
                model:
                  id: gpt-4o-mini
                tools:
                  - name: get_time
                    kind: function
                    description: Local time
                    parameters:
                      - name: zone
                        kind: string
                        description: IANA zone
                  - name: docs
                    kind: mcp
                    description: A documentation server
                ---
                user:
                What time is it in {{zone}}?
                """;

        PromptyFormat.Reading reading = PromptyFormat.readDetailed(prompty, null);

        ToolSet tools = reading.file().document().tools();
        assertThat(tools.tools()).extracting(ToolDefinition::name).containsExactly("get_time");
        assertThat(tree(tools.tools().getFirst().parameters())).isEqualTo(tree(
                "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\",\"description\":\"IANA zone\"}},\"required\":[\"zone\"]}"));
        assertThat(reading.notes()).anyMatch(n -> n.contains("'docs'") && n.contains("'mcp'") && n.contains("left out"));
    }

    @Test
    void a_prompty_v1_gives_the_openai_tools_of_its_model_parameters() throws Exception {
        String prompty = """
                ---
                name: lookup
                model:
                  api: chat
                  parameters:
                    tools:
                      - type: function
                        function:
                          name: get_time
                          description: Local time
                          parameters: {type: object, properties: {zone: {type: string}}}
                    tools_choice: required
                ---
                user:
                What time is it?
                """;

        ToolSet tools = PromptyFormat.read(prompty, null).document().tools();

        assertThat(tools.tools()).extracting(ToolDefinition::name).containsExactly("get_time");
        assertThat(tools.choice()).isEqualTo(ToolChoice.REQUIRED);
        assertThat(tree(tools.tools().getFirst().parameters())).isEqualTo(tree("{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\"}}}"));
    }

    @Test
    void langfuse_carries_tools_in_its_config_and_other_formats_say_what_they_leave_out() throws Exception {
        BundledPrompt prompt = new BundledPrompt("travel", List.of(), Map.of(),
                List.of(new BundledVersion(1, file().document(), "first", "", null, List.of(), Map.of())));

        String json = new LangfusePromptJson().write(prompt);
        JsonNode config = JSON.readTree(json).get(0).path("config");
        assertThat(config.path("tools").get(0).path("type").asText()).isEqualTo("function");
        assertThat(config.path("tools").get(0).path("function").path("name").asText()).isEqualTo("get_weather");
        assertThat(config.path("tool_choice").path("function").path("name").asText()).isEqualTo("get_weather");
        BundledPrompt back = new LangfusePromptJson().read(JSON.readTree(json), "travel.json", new ArrayList<>());
        ToolSet read = back.versions().getFirst().document().tools();
        assertThat(read.tools()).extracting(ToolDefinition::name).containsExactly("get_weather", "search_flights");
        assertThat(read.choice()).isEqualTo(ToolChoice.named("get_weather"));
        assertThat(tree(read.tools().get(1).parameters())).isEqualTo(tree(SEARCH.parameters()));
        assertThat(back.versions().getFirst().extras()).as("tools are not also kept as unknown config").isEmpty();

        List<BundleWriter.ToolsLeftOut> left = BundleWriter.toolsLeftOut(List.of(prompt), new BundleWriter.Interop(true, true, true, true));
        assertThat(left).extracting(BundleWriter.ToolsLeftOut::format, BundleWriter.ToolsLeftOut::what).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mlflow", "tools"), org.assertj.core.groups.Tuple.tuple("promptfoo", "tools"),
                org.assertj.core.groups.Tuple.tuple("langfuse", "mocks"));
        assertThat(left.getFirst().prompts()).containsExactly("travel");
    }
}

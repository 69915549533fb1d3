package dev.playground.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.testkit.McpToolServer;
import dev.playground.ui.common.I18n;
import dev.playground.ui.testing.FxThreadStandIn;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The tool editor's view model with the synchronous executor: checks as you type, what the draft gets, MCP tools. */
@ExtendWith(FxThreadStandIn.class)
class ToolsEditorViewModelTest {
    private static final String WEATHER = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}";

    private final ToolsEditorViewModel english = new ToolsEditorViewModel(new CurrentThreadTaskExecutor(), null, new I18n(Locale.ENGLISH));

    @Test
    void loading_a_tool_set_is_not_an_edit_and_gives_back_the_same_tools_until_one_changes() {
        AtomicInteger edits = new AtomicInteger();
        english.setOnEdited(edits::incrementAndGet);
        ToolSet saved = new ToolSet(List.of(new ToolDefinition("get_weather", "Weather in a city", WEATHER, List.of("{\"tempC\":21}"))),
                ToolChoice.named("get_weather"));

        english.load(saved);

        assertThat(edits).hasValue(0);
        assertThat(english.toolSet()).isEqualTo(saved);
        assertThat(english.tools().getFirst().parametersProperty().get()).contains("\n").contains("\"city\"");
        assertThat(english.validProperty().get()).isTrue();
        assertThat(english.choices()).contains(ToolChoice.AUTO, ToolChoice.NONE, ToolChoice.REQUIRED, ToolChoice.named("get_weather"));

        english.tools().getFirst().descriptionProperty().set("Current weather in a city");
        assertThat(edits).hasValue(1);
        assertThat(english.toolSet().tools().getFirst().description()).isEqualTo("Current weather in a city");
        assertThat(english.toolSet().tools().getFirst().parameters()).isEqualTo(WEATHER);
    }

    @Test
    void a_bad_name_a_duplicate_and_broken_json_are_said_beside_the_tool_as_you_type() {
        ToolItem first = english.add();
        ToolItem second = english.add();
        assertThat(first.nameProperty().get()).isEqualTo("tool_1");
        assertThat(second.nameProperty().get()).isEqualTo("tool_2");
        assertThat(english.validProperty().get()).isTrue();

        first.nameProperty().set("get weather");
        assertThat(first.problemProperty().get()).contains("get weather").contains("letters, digits, _ and -");
        assertThat(first.nameWrongProperty().get()).isTrue();
        assertThat(first.parametersWrongProperty().get()).isFalse();
        assertThat(english.validProperty().get()).isFalse();

        first.nameProperty().set("lookup");
        second.nameProperty().set("lookup");
        assertThat(first.problemProperty().get()).contains("Another tool is also named lookup");
        assertThat(second.problemProperty().get()).contains("Another tool is also named lookup");

        second.nameProperty().set("search");
        second.parametersProperty().set("{\n  \"type\": \"object\",\n  \"properties\": {\"q\": {\"type\": \"string\"}\n");
        assertThat(first.problemProperty().get()).isEmpty();
        assertThat(second.problemProperty().get()).startsWith("The parameters are not valid JSON at line");
        assertThat(second.nameWrongProperty().get()).isFalse();
        assertThat(second.parametersWrongProperty().get()).isTrue();
        // The draft keeps the broken text as typed, so nothing is lost.
        assertThat(english.toolSet().find("search").orElseThrow().parameters()).contains("\"q\"");
        assertThat(english.problems()).hasSize(1).first().asString().startsWith("search: ");
    }

    @Test
    void parameters_written_as_yaml_are_kept_as_compact_json_and_a_misspelt_type_is_named_where_it_is() {
        ToolItem tool = english.add();
        tool.parametersProperty().set("type: object\nproperties:\n  city:\n    type: string\nrequired: [city]\n");
        assertThat(tool.problemProperty().get()).isEmpty();
        assertThat(english.toolSet().tools().getFirst().parameters()).isEqualTo(WEATHER);

        tool.parametersProperty().set("type: object\nproperties:\n  city:\n    type: strin\n");
        assertThat(tool.problemProperty().get()).isEqualTo("The parameters are not a valid JSON Schema at /properties/city/type: a \"type\" is one of "
                + "string, number, integer, boolean, array, object or null.");

        tool.parametersProperty().set("type: object\nproperties:\n  n:\n    type: integer\n    minimum: low\n");
        assertThat(tool.problemProperty().get()).startsWith("The parameters are not a valid JSON Schema at /properties/n/minimum: ");

        tool.parametersProperty().set("[1, 2]");
        assertThat(tool.problemProperty().get()).contains("must be a JSON Schema of an object");
    }

    @Test
    void the_choice_follows_the_tools_and_says_when_it_names_one_that_is_gone() {
        ToolItem tool = english.add();
        tool.nameProperty().set("get_time");
        english.choiceProperty().set(ToolChoice.named("get_time"));
        assertThat(english.toolSet().choice()).isEqualTo(ToolChoice.named("get_time"));
        assertThat(english.choiceProblemProperty().get()).isEmpty();

        english.remove(tool);
        assertThat(english.tools()).isEmpty();
        assertThat(english.choiceProblemProperty().get()).contains("get_time").contains("not one of the tools");
        assertThat(english.validProperty().get()).isFalse();

        english.choiceProperty().set(ToolChoice.REQUIRED);
        assertThat(english.choiceProblemProperty().get()).contains("no tools");
        english.choiceProperty().set(ToolChoice.AUTO);
        assertThat(english.validProperty().get()).isTrue();
    }

    @Test
    void blank_mock_answers_are_left_out_and_removing_one_is_an_edit() {
        ToolItem tool = english.add();
        english.addMock(tool);
        english.addMock(tool);
        tool.mocks().get(1).set("{\"tempC\": 19}");
        assertThat(english.toolSet().tools().getFirst().mocks()).containsExactly("{\"tempC\": 19}");

        AtomicInteger edits = new AtomicInteger();
        english.setOnEdited(edits::incrementAndGet);
        english.removeMock(tool, tool.mocks().get(1));
        assertThat(edits).hasValue(1);
        assertThat(english.toolSet().tools().getFirst().mocks()).isEmpty();
    }

    @Test
    void problems_are_said_in_spanish_too() {
        ToolsEditorViewModel spanish = new ToolsEditorViewModel(new CurrentThreadTaskExecutor(), null, new I18n(Locale.forLanguageTag("es")));
        ToolItem tool = spanish.add();
        tool.nameProperty().set("");
        tool.parametersProperty().set("{\"type\": ");
        assertThat(tool.problemProperty().get()).contains("Pon un nombre").contains("no son JSON válido en la línea 1");
    }

    @Test
    void an_mcp_servers_tools_are_listed_from_the_real_server_and_added_once(@TempDir Path dataDir) {
        try (LocalStore store = LocalStore.open(dataDir)) {
            McpCatalog catalog = new McpCatalog(store.mcpServers(), new SecretResolver(Map.of()));
            catalog.save(McpServerConfig.stdio("kit", McpToolServer.command()), Map.of());
            ToolsEditorViewModel editor = new ToolsEditorViewModel(new CurrentThreadTaskExecutor(), catalog, new I18n(Locale.ENGLISH));
            editor.add().nameProperty().set("get_time");

            McpToolsViewModel picker = editor.mcp();
            picker.load().join();
            assertThat(picker.serverProperty().get().name()).isEqualTo("kit");
            picker.list().join();
            assertThat(picker.tools()).extracting(o -> o.tool().name()).containsExactlyInAnyOrder("get_weather", "get_time");
            assertThat(picker.statusProperty().get()).isEqualTo("kit offers 2 tools.");

            assertThat(editor.addAll(picker.chosen())).isEqualTo(1);
            assertThat(editor.noticeProperty().get()).isEqualTo("1 tool added; 1 was already there and kept as it was.");
            ToolDefinition weather = editor.toolSet().find("get_weather").orElseThrow();
            assertThat(weather.description()).isEqualTo("Current weather in a city");
            assertThat(weather.parameters()).contains("\"city\"");
            assertThat(editor.toolSet().find("get_time").orElseThrow().parameters()).isEqualTo(ToolDefinition.NO_PARAMETERS);
            assertThat(editor.validProperty().get()).isTrue();

            catalog.remove("kit");
            assertThat(catalog.all()).isEmpty();
        }
    }

    @Test
    void a_server_that_does_not_start_is_said_in_plain_words(@TempDir Path dataDir) {
        try (LocalStore store = LocalStore.open(dataDir)) {
            McpCatalog catalog = new McpCatalog(store.mcpServers(), new SecretResolver(Map.of()), java.time.Duration.ofSeconds(3));
            catalog.save(McpServerConfig.stdio("broken", List.of(dataDir.resolve("no-such-program").toString())), Map.of());
            McpToolsViewModel picker = new ToolsEditorViewModel(new CurrentThreadTaskExecutor(), catalog, new I18n(Locale.ENGLISH)).mcp();
            picker.load().join();
            picker.list().exceptionally(e -> List.of()).join();
            assertThat(picker.tools()).isEmpty();
            assertThat(picker.statusProperty().get()).startsWith("The MCP server broken did not start or did not answer");
        }
    }
}

package dev.playground.engine.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.diff.DocumentDiff;
import dev.playground.engine.diff.FieldChange;
import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.file.PlaygroundFormat;
import dev.playground.engine.prompt.file.PromptFile;
import dev.playground.engine.prompt.file.PromptFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tools on a prompt: checked with plain messages, written to and read from .prompt.yaml, diffed. */
class ToolDefinitionsTest {
    static final ToolDefinition WEATHER = new ToolDefinition("get_weather", "Current weather in a city",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}", List.of("{\"tempC\":21}"));
    static final ToolDefinition TIME = new ToolDefinition("get_time", "Local time in a time zone",
            "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\",\"enum\":[\"Europe/Madrid\",\"UTC\"]}}}");

    @Test
    void good_tools_have_no_problems() {
        assertThat(ToolCheck.problems(new ToolSet(List.of(WEATHER, TIME), ToolChoice.named("get_time")))).isEmpty();
    }

    @Test
    void each_problem_is_one_plain_sentence() {
        ToolSet bad = new ToolSet(List.of(
                new ToolDefinition("get weather", "", null),
                new ToolDefinition("auto", "", null),
                new ToolDefinition("twice", "", null),
                new ToolDefinition("twice", "", null),
                new ToolDefinition("typo", "", "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"strin\"}}}"),
                new ToolDefinition("array", "", "{\"type\":\"array\"}"),
                new ToolDefinition("broken", "", "{\"type\": ")), ToolChoice.named("get_time"));
        List<String> problems = ToolCheck.problems(bad);
        assertThat(problems).anyMatch(p -> p.startsWith("The tool name 'get weather' may only use letters, digits, _ and -"));
        assertThat(problems).anyMatch(p -> p.startsWith("'auto' cannot be a tool's name"));
        assertThat(problems).contains("Two tools are named 'twice': rename one.");
        assertThat(problems).anyMatch(p -> p.startsWith("The parameters of 'typo' are not a valid JSON Schema: /properties/city/type"));
        assertThat(problems).anyMatch(p -> p.startsWith("The parameters of 'array' must be a JSON Schema of an object"));
        assertThat(problems).anyMatch(p -> p.startsWith("The parameters of 'broken' are not valid JSON"));
        assertThat(problems).anyMatch(p -> p.startsWith("The tool choice names 'get_time', which is not one of the tools"));
        assertThat(problems).noneMatch(p -> p.contains("Exception") || p.contains("com.networknt"));
    }

    @Test
    void arguments_are_checked_against_the_tool_schema() {
        assertThat(ToolCheck.argumentProblems(WEATHER, "{\"city\":\"Madrid\"}")).isEmpty();
        assertThat(ToolCheck.argumentProblems(WEATHER, "{}")).containsExactly("(root): missing required property \"city\"");
        assertThat(ToolCheck.argumentProblems(WEATHER, "{\"city\": 3}")).containsExactly("/city: must be string, found an integer");
        assertThat(ToolCheck.argumentProblems(WEATHER, "{\"city\": ")).singleElement().asString().startsWith("the arguments are not valid JSON");
    }

    @Test
    void a_prompt_file_carries_tools_and_tool_choice_and_reads_back_the_same() throws Exception {
        PromptDocument document = PromptDocument.of(PromptTemplate.systemAndUser("Be brief.", "Weather and time in {{city}}?"))
                .withTools(new ToolSet(List.of(WEATHER, TIME), ToolChoice.REQUIRED));
        String text = PlaygroundFormat.write(new PromptFile("travel", "", "", document));
        assertThat(text).contains("tools:\n- name: get_weather\n  description: Current weather in a city\n  parameters:\n    type: object\n");
        assertThat(text).contains("toolChoice: required\n");
        assertThat(PlaygroundFormat.read(text).document().tools()).isEqualTo(document.tools());
    }

    @Test
    void a_prompt_file_with_a_bad_tool_is_refused_with_the_reason() {
        String text = """
                name: x
                messages:
                  - {role: user, content: hi}
                tools:
                  - name: lookup
                    parameters: {type: object, properties: {q: {type: text}}}
                toolChoice: search
                """;
        assertThatThrownBy(() -> PlaygroundFormat.read(text)).isInstanceOf(PromptFileException.class)
                .hasMessageContaining("The parameters of 'lookup' are not a valid JSON Schema: /properties/q/type")
                .hasMessageContaining("The tool choice names 'search'");
    }

    @Test
    void a_diff_names_the_tool_that_changed_and_the_new_choice() {
        PromptDocument before = PromptDocument.of(PromptTemplate.systemAndUser("", "hi")).withTools(ToolSet.of(WEATHER));
        ToolDefinition longer = new ToolDefinition("get_weather", "Current weather and forecast", WEATHER.parameters(), WEATHER.mocks());
        PromptDocument after = before.withTools(new ToolSet(List.of(longer, TIME), ToolChoice.named("get_time")));
        List<String> fields = DocumentDiff.between(before, after).settings().stream().map(FieldChange::field).toList();
        assertThat(fields).containsExactlyInAnyOrder("tool get_weather", "tool get_time", "toolChoice");
        assertThat(DocumentDiff.between(before, before).identical()).isTrue();
    }
}

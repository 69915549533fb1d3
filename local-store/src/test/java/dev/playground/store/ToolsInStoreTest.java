package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A prompt version keeps its tools and tool choice, across a reopen of the store; older versions keep having none. */
class ToolsInStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void tools_are_stored_per_version() {
        ToolSet tools = new ToolSet(List.of(new ToolDefinition("get_weather", "Weather in a city",
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}", List.of("{\"tempC\":21}"))), ToolChoice.REQUIRED);
        PromptDocument plain = PromptDocument.of(PromptTemplate.systemAndUser("", "Weather in {{city}}?"));
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.prompts().saveVersion("travel", plain, "no tools", "ana");
            store.prompts().saveVersion("travel", plain.withTools(tools), "add a tool", "ana");
        }
        try (LocalStore reopened = LocalStore.open(dataDir)) {
            assertThat(reopened.prompts().version("travel", 2).orElseThrow().document().tools()).isEqualTo(tools);
            assertThat(reopened.prompts().version("travel", 1).orElseThrow().document().tools().isEmpty()).isTrue();
        }
    }
}

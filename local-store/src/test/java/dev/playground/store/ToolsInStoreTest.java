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

    @Test
    void a_run_finds_the_trace_that_names_it_and_a_trace_keeps_its_run_ids() {
        java.time.Instant start = java.time.Instant.parse("2026-12-03T18:00:00Z");
        dev.playground.engine.trace.Span first = new dev.playground.engine.trace.Span("s1", dev.playground.engine.trace.Span.Kind.MODEL, 1, "m",
                start, java.time.Duration.ofMillis(300), "", "asked for get_weather", "lab", 12, 3, null, "", "run-a1");
        dev.playground.engine.trace.Span tool = new dev.playground.engine.trace.Span("s2", dev.playground.engine.trace.Span.Kind.TOOL, 1, "get_weather",
                start.plusMillis(300), java.time.Duration.ofMillis(5), "{}", "{\"tempC\":21}", "mock", 0, 0, null, "");
        dev.playground.engine.trace.Span second = new dev.playground.engine.trace.Span("s3", dev.playground.engine.trace.Span.Kind.MODEL, 2, "m",
                start.plusMillis(305), java.time.Duration.ofMillis(200), "", "Sunny.", "lab", 20, 2, null, "", "run-a12");
        dev.playground.engine.trace.Trace trace = new dev.playground.engine.trace.Trace("t1", "travel", start, java.time.Duration.ofMillis(505),
                "answered", List.of(first, tool, second));
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.traces().save(trace);
            assertThat(store.traces().forRun("run-a1")).contains(trace);
            assertThat(store.traces().forRun("run-a12")).contains(trace);
            assertThat(store.traces().forRun("run-a")).isEmpty();
            assertThat(store.traces().forRun("")).isEmpty();
            assertThat(store.traces().find("t1").orElseThrow().runIds()).containsExactly("run-a1", "run-a12");
        }
    }
}

package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prompt files from other tools through the command line: import them, then export them back to their format. */
class WildFormatsCliTest {
    @TempDir Path dir;

    private CliRun run(Path data, String... args) {
        return CliRun.of(Map.of("PLAYGROUND_HOME", data.toString()), args);
    }

    @Test
    void a_langchain_hub_prompt_imports_and_exports_back_to_langchain() throws Exception {
        Path data = dir.resolve("data");
        Path hub = Files.writeString(dir.resolve("greeter.json"), """
                {"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "chat", "ChatPromptTemplate"],
                 "kwargs": {"input_variables": ["name", "history"], "messages": [
                   {"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "chat", "SystemMessagePromptTemplate"],
                    "kwargs": {"prompt": {"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "prompt", "PromptTemplate"],
                      "kwargs": {"input_variables": [], "template": "You greet people warmly.", "template_format": "f-string"}}}},
                   {"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "chat", "MessagesPlaceholder"],
                    "kwargs": {"variable_name": "history", "optional": true}},
                   {"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "chat", "HumanMessagePromptTemplate"],
                    "kwargs": {"prompt": {"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "prompt", "PromptTemplate"],
                      "kwargs": {"input_variables": ["name"], "template": "Say hello to {name}.", "template_format": "f-string"}}}}]}}
                """, StandardCharsets.UTF_8);
        CliRun imported = run(data, "import", hub.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("greeter.json (LangChain prompt)").contains("messages placeholder 'history'");

        CliRun show = run(data, "prompt", "show", "greeter");
        assertThat(show.out()).contains("You greet people warmly.").contains("Say hello to {{name}}.");

        Path out = dir.resolve("out");
        CliRun export = run(data, "export", "--out", out.toString(), "--also", "langchain", "greeter");
        assertThat(export.exitCode()).as(export.err()).isZero();
        String written = Files.readString(out.resolve("langchain/greeter/1.json"));
        assertThat(written).contains("MessagesPlaceholder").contains("\"variable_name\" : \"history\"").contains("Say hello to {name}.");

        CliRun again = run(dir.resolve("other"), "import", out.resolve("langchain/greeter/1.json").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(run(dir.resolve("other"), "prompt", "show", "greeter").out()).contains("Say hello to {{name}}.");
    }
}

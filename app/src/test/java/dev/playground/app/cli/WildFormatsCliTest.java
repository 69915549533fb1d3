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

    @Test
    void the_import_report_sorts_each_file_s_notes_into_kept_approximated_and_dropped_and_counts_them() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("opposites.json"), """
                {"_type": "few_shot", "input_variables": ["word"], "prefix": "Give the opposite.",
                 "example_prompt": {"_type": "prompt", "input_variables": ["a", "b"], "template": "{a} -> {b}"},
                 "examples": [{"a": "up", "b": "down"}], "suffix": "{word} ->", "output_parser": {"_type": "default"}}
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("broken.prompty"), "---\nname: [unclosed\n---\nuser:\nHi\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("promptfooconfig.yaml"), """
                prompts:
                  - "Summarise {{text}}"
                  - langfuse://support-reply@production
                providers: [openai:gpt-4o-mini]
                """, StandardCharsets.UTF_8);
        CliRun imported = run(dir.resolve("data"), "import", folder.toString());
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isEqualTo(1);
        assertThat(imported.out())
                .contains("read    opposites.json (LangChain prompt)")
                .contains("approximated: opposites.json: 1 few-shot example was written into the prompt text")
                .contains("kept as-is: opposites.json: LangChain fields kept with the version and written back on export: output_parser")
                .contains("dropped: prompt 'langfuse://support-reply@production' comes from an external service and was not imported")
                .contains("REFUSED broken.prompty")
                .contains("Report: 2 file(s) read, 0 skipped, 1 refused.");
        assertThat(imported.err()).contains("1 file(s) were refused");
        assertThat(run(dir.resolve("data"), "prompt", "show", "opposites").out()).contains("Give the opposite.\n\nup -> down\n\n{{word}} ->");
    }

    @Test
    void the_report_summary_has_spanish_words() {
        var words = java.util.ResourceBundle.getBundle("dev.playground.app.cli.import", java.util.Locale.forLanguageTag("es"),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        var report = dev.playground.engine.bundle.FileReport.read("a.json", "LangChain prompt", java.util.List.of("x kept with the version", "y read as z"));
        assertThat(ImportCommand.summary(java.util.List.of(report), words))
                .startsWith("Informe: 1 archivo(s) leídos, 0 omitidos, 0 rechazados. En los archivos leídos: 1 parte(s) guardadas tal cual")
                .contains("1 aproximadas, 0 descartadas");
        assertThat(words.getString("kind.DROPPED")).isEqualTo("descartado");
    }
}

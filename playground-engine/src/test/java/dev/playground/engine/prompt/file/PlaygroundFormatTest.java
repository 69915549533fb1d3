package dev.playground.engine.prompt.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaygroundFormatTest {
    @Test
    void reads_a_hand_written_file() throws Exception {
        String text = """
                schema: prompt-playground/1
                name: support-answer
                description: Answers from the handbook only
                model:
                  connection: work-openai
                  provider: openai
                  name: gpt-4o-mini
                  temperature: 0.2
                  maxTokens: 400
                  stop: ["\\n\\n\\n"]
                responseFormat:
                  type: object
                  properties:
                    answer: {type: string}
                messages:
                  - role: system
                    content: |
                      Answer only from the context.
                      Context:
                      {{ context }}
                  - role: user
                    content: "{{ question }}"
                variables:
                  question: How do I reset my password?
                testInputs:
                  spanish:
                    question: ¿Cómo cambio mi contraseña?
                retrieval:
                  collection: handbook
                  queryVariable: question
                  topK: 3
                """;
        PromptFile file = PlaygroundFormat.read(text);
        PromptDocument document = file.document();
        assertThat(file.provider()).isEqualTo("openai");
        assertThat(document.connectionId()).isEqualTo("work-openai");
        assertThat(document.model()).isEqualTo("gpt-4o-mini");
        assertThat(document.settings().maxTokens()).isEqualTo(400);
        assertThat(document.settings().stopSequences()).containsExactly("\n\n\n");
        assertThat(document.settings().responseFormat()).isEqualTo("{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\"}}}");
        assertThat(document.template().messages().get(0).template()).isEqualTo("Answer only from the context.\nContext:\n{{ context }}\n");
        assertThat(document.testInputs().get("spanish")).containsEntry("question", "¿Cómo cambio mi contraseña?");
        assertThat(document.retrieval().topK()).isEqualTo(3);
    }

    @Test
    void round_trip_through_a_file(@TempDir Path dir) throws Exception {
        PromptDocument document = new PromptDocument(
                PromptTemplate.of(PromptMessage.system("Sé breve."), PromptMessage.user("{{ q }}\nsin salto final")),
                "local", "llama3.1:8b", new ModelSettings(0.0, null, null, 128, List.of(), 42, null, null, "json"),
                Map.of("q", "¿Por qué?", "shots", "[{\"in\":\"a\",\"out\":\"b\"}]"), Map.of("otra", Map.of("q", "¿Cómo?")),
                new RetrievalSettings("docs", "q", 5, null, "{n}: {text}"));
        PromptFile original = new PromptFile("breve", "Respuestas breves", "ollama", document);
        Path path = dir.resolve("breve.prompt.yaml");

        PromptFiles.save(path, original);

        assertThat(Files.readString(path)).startsWith("schema: prompt-playground/1\nname: breve\n").contains("  - in: a\n");
        assertThat(PromptFiles.load(path)).isEqualTo(original);
    }

    @Test
    void mistakes_are_named_with_the_fix() {
        assertThatThrownBy(() -> PlaygroundFormat.read("name: x\nmesages: []\n"))
                .isInstanceOfSatisfying(PromptFileException.class, e -> {
                    assertThat(e.getMessage()).contains("Unknown field `mesages`").contains("messages");
                    assertThat(e.line()).isEqualTo(2);
                });
        assertThatThrownBy(() -> PlaygroundFormat.read("name: x\nmessages:\n  - role: robot\n    content: hi\n"))
                .hasMessageContaining("role `robot`: use system, user or assistant");
        assertThatThrownBy(() -> PlaygroundFormat.read("name: x\n")).hasMessageContaining("no `messages:` list");
    }

    @Test
    void plain_text_is_one_user_message_named_after_the_file(@TempDir Path dir) throws Exception {
        Path path = dir.resolve("resumen.txt");
        Files.writeString(path, "\uFEFFResume: {{ texto }}\r\nEn español.");
        PromptFile file = PromptFiles.load(path);
        assertThat(file.name()).isEqualTo("resumen");
        assertThat(file.document().template()).isEqualTo(PromptTemplate.of(PromptMessage.user("Resume: {{ texto }}\nEn español.")));
        assertThatThrownBy(() -> PromptFiles.save(dir.resolve("x.txt"), file)).hasMessageContaining(".prompt.yaml");
    }
}

package dev.playground.engine.prompt.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.TemplateRenderer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptyFormatTest {
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(PromptyFormatTest.class.getResource("/prompty/" + name).toURI());
    }

    @Test
    void reads_v1_with_configuration_parameters_and_a_sample_file() throws Exception {
        PromptFile file = PromptFiles.load(fixture("shop-assistant-v1.prompty"));

        assertThat(file.name()).isEqualTo("Outdoor Shop Assistant");
        assertThat(file.provider()).isEqualTo("azure_openai");
        PromptDocument document = file.document();
        assertThat(document.model()).isEqualTo("gpt-4");
        assertThat(document.settings().maxTokens()).isEqualTo(256);
        assertThat(document.settings().temperature()).isEqualTo(0.3);
        assertThat(document.settings().stopSequences()).containsExactly("###");
        assertThat(document.template().messages()).extracting(PromptMessage::role).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(document.template().messages().get(0).template()).contains("{{turn.role}}:").endsWith("{% endfor %}");
        assertThat(document.template().messages().get(1).template()).isEqualTo("{{question}}");
        assertThat(document.variables()).containsEntry("question", "¿Qué botas me recomiendas?");
        assertThat(document.variables().toString()).doesNotContain("AZURE_OPENAI_KEY");

        List<RenderedMessage> rendered = new TemplateRenderer().render(document.template(), document.variables());
        assertThat(rendered.get(0).text()).contains("- T-1: Tent").contains("Lucía has bought:").contains("- Tienda de campaña");
    }

    @Test
    void reads_v2_with_options_inputs_and_outputs_as_a_json_schema() throws Exception {
        PromptFile file = PromptFiles.load(fixture("weather-v2.prompty"));

        assertThat(file.provider()).isEqualTo("openai");
        assertThat(file.document().model()).isEqualTo("gpt-4o-mini");
        assertThat(file.document().settings().temperature()).isEqualTo(0.0);
        assertThat(file.document().settings().maxTokens()).isEqualTo(300);
        assertThat(file.document().variables()).containsExactly(Map.entry("city", "Sevilla"));
        assertThat(file.document().settings().responseFormat()).isEqualTo(
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"City name\"},"
                        + "\"celsius\":{\"type\":\"integer\",\"description\":\"Temperature in Celsius\"}},\"required\":[\"city\",\"celsius\"]}");
    }

    @Test
    void a_body_without_role_markers_is_one_system_message_and_model_may_be_a_name() throws Exception {
        PromptFile file = PromptFiles.load(fixture("no-markers.prompty"));
        assertThat(file.document().model()).isEqualTo("gpt-4o");
        assertThat(file.document().template().messages()).containsExactly(PromptMessage.system("Explain {{topic}} to a ten-year-old."));
        assertThat(file.document().variables()).containsEntry("topic", "recursion");
    }

    @Test
    void round_trip_keeps_everything_the_playground_holds() throws Exception {
        PromptDocument document = new PromptDocument(
                PromptTemplate.of(PromptMessage.system("Eres un asistente.\nResponde en {{ idioma }}."),
                        PromptMessage.user("{% for ex in ejemplos %}{{ ex.q }} -> {{ ex.a }}\n{% endfor %}{{ pregunta }}"),
                        PromptMessage.assistant("Claro:"), PromptMessage.user("¿Y {{ tema }}?\n\nGracias.")),
                "", "gpt-4.1-mini", new ModelSettings(0.2, 0.9, 40, 512, List.of("END"), 7, 0.1, 0.2, "json"),
                Map.of("idioma", "español", "ejemplos", "[{\"q\":\"2+2\",\"a\":\"4\"}]", "pregunta", "¿3+3?", "tema", "la ñ", "formal", "true", "edad", "12"),
                Map.of("formal", Map.of("idioma", "castellano formal")),
                new RetrievalSettings("manual", "pregunta", 4, 0.25, RetrievalSettings.DEFAULT_CHUNK_FORMAT));
        PromptFile original = new PromptFile("tutor", "Tutor bilingüe", "openai", document);

        String written = PromptyFormat.write(original);
        PromptFile back = PromptyFormat.read(written, null);

        assertThat(written).startsWith("---\nname: tutor\n").contains("\nsystem:\nEres un asistente.").contains("maxOutputTokens: 512");
        assertThat(back.name()).isEqualTo(original.name());
        assertThat(back.description()).isEqualTo(original.description());
        assertThat(back.provider()).isEqualTo(original.provider());
        assertThat(back.document().template()).isEqualTo(document.template());
        assertThat(back.document().settings()).isEqualTo(document.settings());
        assertThat(back.document().variables()).isEqualTo(document.variables());
        assertThat(back.document().testInputs()).isEqualTo(document.testInputs());
        assertThat(back.document().retrieval()).isEqualTo(document.retrieval());
        assertThat(PromptyFormat.write(back)).isEqualTo(written);
    }

    @Test
    void a_json_schema_response_format_round_trips_through_outputs() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\"},\"score\":{\"type\":\"number\"}},\"required\":[\"label\"]}";
        PromptFile original = new PromptFile("classify", "", "", new PromptDocument(PromptTemplate.of(PromptMessage.user("{{ text }}")), "",
                "gpt-4o", ModelSettings.DEFAULTS.withResponseFormat(schema), Map.of("text", "hola")));
        String written = PromptyFormat.write(original);
        assertThat(written).contains("outputs:").doesNotContain("playground");
        assertThat(PromptyFormat.read(written, null).document().settings().responseFormat()).isEqualTo(schema);
    }

    @Test
    void unfinished_front_matter_and_bad_yaml_say_where(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> PromptyFormat.read("---\nname: x\nuser:\nhi", null))
                .isInstanceOfSatisfying(PromptFileException.class, e -> {
                    assertThat(e.getMessage()).contains("never ends");
                    assertThat(e.line()).isEqualTo(1);
                });
        assertThatThrownBy(() -> PromptyFormat.read("---\nname: x\nmodel: [oops\n---\nuser:\nhi", null))
                .isInstanceOfSatisfying(PromptFileException.class, e -> assertThat(e.getMessage()).contains("not valid YAML at line"));
        Path outside = dir.resolve("inner");
        Files.createDirectories(outside);
        assertThatThrownBy(() -> PromptyFormat.read("---\nsample: ${file:../secret.json}\n---\nuser:\nhi", outside))
                .hasMessageContaining("outside the prompt's folder");
    }
}

package dev.playground.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentDiffTest {
    private static PromptDocument doc(double temperature, PromptMessage... messages) {
        return new PromptDocument(PromptTemplate.of(messages), "dry-run", "gpt-4o-mini", ModelSettings.of(temperature, 256), Map.of());
    }

    @Test
    void shows_changed_added_and_removed_lines_and_settings() {
        PromptDocument v1 = doc(0.2, PromptMessage.system("You are a tutor.\nBe brief."), PromptMessage.user("Explain {{topic}}"));
        PromptDocument v2 = doc(0.5, PromptMessage.system("You are a tutor.\nBe thorough.\nUse examples."),
                PromptMessage.user("Explain {{topic}}"), PromptMessage.assistant("Sure."));
        DocumentDiff diff = DocumentDiff.between(v1, v2);

        assertThat(diff.messages().getFirst().lines()).extracting(DiffLine::kind, DiffLine::left, DiffLine::right).containsExactly(
                tuple(DiffLine.Kind.SAME, "You are a tutor.", "You are a tutor."),
                tuple(DiffLine.Kind.CHANGED, "Be brief.", "Be thorough."),
                tuple(DiffLine.Kind.ADDED, null, "Use examples."));
        assertThat(diff.messages().get(1).changed()).isFalse();
        assertThat(diff.messages().get(2)).extracting(MessageDiff::leftRole, MessageDiff::rightRole).containsExactly(null, "assistant");
        assertThat(diff.settings()).containsExactly(new FieldChange("temperature", "0.2", "0.5"));
        assertThat(diff.unified("tutor/1", "tutor/2")).isEqualTo("""
                --- tutor/1
                +++ tutor/2
                @@ message 1 (system) @@
                  You are a tutor.
                - Be brief.
                + Be thorough.
                + Use examples.
                @@ message 3 (none -> assistant) @@
                + Sure.
                @@ settings @@
                  temperature: 0.2 -> 0.5
                """);
    }

    @Test
    void identical_versions_have_no_differences() {
        PromptDocument v = doc(0.2, PromptMessage.user("Hi"));
        assertThat(DocumentDiff.between(v, v).identical()).isTrue();
        assertThat(DocumentDiff.between(v, v).unified("a", "b")).endsWith("(no differences)\n");
    }
}

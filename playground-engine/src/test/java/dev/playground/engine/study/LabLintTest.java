package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each lab rule fires on a lab that breaks it, and says what to fix. */
class LabLintTest {
    private static final String STARTER = """
            schema: prompt-playground/1
            name: s
            messages:
              - {role: user, content: "{{ question }}"}
            """;
    private static final String LESSON_EN = "# One\n<!-- topic: 1.1 -->\n## Lab\n[Lab](lab:lab-1-ok)\n";
    private static final String LESSON_ES = "# Uno\n<!-- topic: 1.1 -->\n## Práctica\n[Práctica](lab:lab-1-ok)\n";

    private static String lab(String id, String facts, String opens, String check, String esSteps) {
        return """
                - id: %s
                  section: 1
                  topic: "1.1"
                  facts: %s
                  needsModel: true
                  opens: %s
                  en: {title: T, goal: G, steps: ["one", "two"], check: C}
                  es: {title: T, goal: G, steps: %s, check: C}
                  check: %s
                """.formatted(id, facts, opens, esSteps, check);
    }

    private static List<String> problems(String labs) throws StudyContentException {
        MemorySource source = MemorySource.small().put("labs/section-1.yaml", labs).put("labs/starters/s.prompt.yaml", STARTER)
                .put("lessons/section-1.en.md", LESSON_EN).put("lessons/section-1.es.md", LESSON_ES);
        return LabLint.contentProblems(QuestionBank.load(source), StudyLabs.load(source));
    }

    private static final String OPENS = "{prompt: starters/s.prompt.yaml}";
    private static final String CASE = "{cases: [{vars: {question: q}, assert: [{type: icontains, value: x}]}]}";

    @Test
    void a_clean_lab_has_no_problem() throws Exception {
        assertThat(problems(lab("lab-1-ok", "[\"1-1\"]", OPENS, CASE, "[\"uno\", \"dos\"]"))).isEmpty();
    }

    @Test
    void facts_must_exist_and_be_confirmed() throws Exception {
        assertThat(problems(lab("lab-1-ok", "[\"1-2\", \"9-9\"]", OPENS, CASE, "[\"uno\", \"dos\"]"))).contains(
                "lab-1-ok: fact 1-2 is unconfirmed; a lab may rest only on confirmed facts.",
                "lab-1-ok: fact 9-9 is not in facts.yaml.");
    }

    @Test
    void both_languages_keep_step_for_step_and_every_lab_is_linked_from_its_lesson() throws Exception {
        assertThat(problems(lab("lab-1-other", "[\"1-1\"]", OPENS, CASE, "[\"uno\"]"))).contains(
                "lab-1-other: English has 2 steps and Spanish 1; keep the two languages step for step.",
                "lessons/section-1.es.md does not link lab lab-1-other; add [title](lab:lab-1-other) under its lab heading.");
    }

    @Test
    void assertions_must_be_known_complete_valid_and_in_the_right_place() throws Exception {
        String check = "{assert: [{type: cites}, {type: retrieval-rank, query: q, file: f}, {type: magic}], "
                + "cases: [{assert: [{type: regex, value: '('}, {type: chunk-count, max: 3}]}]}";
        assertThat(problems(lab("lab-1-ok", "[\"1-1\"]", OPENS, check, "[\"uno\", \"dos\"]")))
                .contains("lab-1-ok: assertion cites judges one answer; move it into a case.",
                        "lab-1-ok: assertion retrieval-rank needs 'text'.", "lab-1-ok: assertion retrieval-rank needs 'top'.",
                        "lab-1-ok: unknown assertion type 'magic'.",
                        "lab-1-ok: assertion chunk-count checks the lab as a whole; move it under check.assert.")
                .anyMatch(p -> p.startsWith("lab-1-ok: assertion regex: the regular expression does not compile"));
    }

    @Test
    void a_starter_must_exist_and_a_model_check_must_say_it_needs_a_model() throws Exception {
        assertThat(problems(lab("lab-1-ok", "[\"1-1\"]", "{prompt: starters/none.prompt.yaml}", CASE, "[\"uno\", \"dos\"]")))
                .anyMatch(p -> p.contains("opens study/labs/starters/none.prompt.yaml, which does not exist"));
        String offline = lab("lab-1-ok", "[\"1-1\"]", OPENS, CASE, "[\"uno\", \"dos\"]").replace("needsModel: true", "needsModel: false");
        assertThat(problems(offline)).contains("lab-1-ok: its check runs the model, so set needsModel: true (the lab then says it needs a connection).");
    }

    @Test
    void loading_names_the_file_and_lab_of_a_shape_problem() {
        MemorySource source = MemorySource.small().put("labs/section-1.yaml", lab("lab-1-ok", "[\"1-1\"]", OPENS, CASE, "[\"uno\", \"dos\"]")
                .replace("section: 1", "section: 2"));
        assertThatThrownBy(() -> StudyLabs.load(source)).isInstanceOf(StudyContentException.class)
                .hasMessage("study/labs/section-1.yaml, lab lab-1-ok says section 2 but sits in labs/section-1.yaml. Move it or fix the section.");
        MemorySource unknown = MemorySource.small().put("labs/section-1.yaml", "- {id: lab-1-x, section: 1, needsModel: false, colour: red}");
        assertThatThrownBy(() -> StudyLabs.load(unknown)).hasMessageContaining("unknown field 'colour'");
    }
}

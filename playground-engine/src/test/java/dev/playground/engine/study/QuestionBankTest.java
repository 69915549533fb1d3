package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuestionBankTest {

    @Test
    void loads_sections_topics_facts_glossary_questions_and_lessons() throws Exception {
        MemorySource source = MemorySource.small()
                .put("questions/section-1.yaml", MemorySource.question("s1-001", 1, "1.1", "single", "[2]", "[\"1-1\"]", "Q?", "¿P?"))
                .put("lessons/section-1.es.md", "# Uno\n");
        QuestionBank bank = QuestionBank.load(source);

        assertThat(bank.sections()).extracting(Section::id).containsExactly(1, 2);
        assertThat(bank.topic("2.2")).map(Topic::section).contains(2);
        assertThat(bank.facts().get("1-2").confirmed()).isFalse();
        Question q = bank.question("s1-001").orElseThrow();
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(q.answer()).containsExactly(2);
        assertThat(q.text(StudyLanguage.ES).stem()).isEqualTo("¿P?");
        assertThat(q.lesson().path(StudyLanguage.EN)).isEqualTo("lessons/section-1.en.md");
        assertThat(q.lesson().anchor()).isEqualTo("<!-- topic: 1.1 -->");
        assertThat(bank.sectionsWithQuestionFile()).containsExactly(1);
        assertThat(bank.lesson(1, StudyLanguage.ES)).contains("# Uno\n");
        assertThat(bank.lesson(1, StudyLanguage.EN)).isEmpty();
    }

    @Test
    void a_missing_field_is_named_with_the_file_and_question() {
        String broken = MemorySource.question("s1-001", 1, "1.1", "single", "[0]", "[\"1-1\"]", "Q?", "¿P?")
                .replace("    explanation: \"Porque.\"\n", "");
        assertThatThrownBy(() -> QuestionBank.load(MemorySource.small().put("questions/section-1.yaml", broken)))
                .isInstanceOf(StudyContentException.class)
                .hasMessage("study/questions/section-1.yaml, question s1-001: 'es.explanation' is missing. Add it.");
    }

    @Test
    void an_unknown_field_or_type_is_refused_in_plain_words() {
        String misspelt = MemorySource.question("s1-002", 1, "1.1", "single", "[0]", "[\"1-1\"]", "Q?", "¿P?")
                .replace("answer:", "answers:");
        assertThatThrownBy(() -> QuestionBank.load(MemorySource.small().put("questions/section-1.yaml", misspelt)))
                .hasMessageStartingWith("study/questions/section-1.yaml, question s1-002: unknown field 'answers'");
        String badType = MemorySource.question("s1-003", 1, "1.1", "several", "[0]", "[\"1-1\"]", "Q?", "¿P?");
        assertThatThrownBy(() -> QuestionBank.load(MemorySource.small().put("questions/section-1.yaml", badType)))
                .hasMessage("study/questions/section-1.yaml, question s1-003: 'type' is 'several', which is not a valid "
                        + "value (use single or multiple).");
    }

    @Test
    void a_question_in_the_wrong_section_file_or_broken_yaml_is_refused() {
        String wrongFile = MemorySource.question("s2-001", 2, "2.1", "single", "[0]", "[\"1-1\"]", "Q?", "¿P?");
        assertThatThrownBy(() -> QuestionBank.load(MemorySource.small().put("questions/section-1.yaml", wrongFile)))
                .hasMessageContaining("question s2-001: its section is 2 but this file holds section 1");
        assertThatThrownBy(() -> QuestionBank.load(MemorySource.small().put("questions/section-1.yaml", "- id: [unclosed\n")))
                .hasMessageStartingWith("study/questions/section-1.yaml is not valid YAML at line");
        assertThatThrownBy(() -> QuestionBank.load(new MemorySource()))
                .hasMessageStartingWith("study/topics.yaml is missing.");
    }
}

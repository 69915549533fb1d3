package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each lint rule fires on a bank that breaks it, and says what to fix. */
class BankLintTest {

    private static List<String> problems(String section1) throws StudyContentException {
        return BankLint.contentProblems(QuestionBank.load(MemorySource.small().put("questions/section-1.yaml", section1)));
    }

    private static String q(String id, String topic, String type, String answer, String facts, String en, String es) {
        return MemorySource.question(id, 1, topic, type, answer, facts, en, es);
    }

    @Test
    void a_clean_question_has_no_problem() throws Exception {
        assertThat(problems(q("s1-001", "1.1", "single", "[3]", "[\"1-1\"]", "Q?", "¿P?"))).isEmpty();
        assertThat(problems(q("s1-001", "1.1", "multiple", "[0, 3]", "[\"C-1\"]", "Q? Choose two.", "¿P? Elige dos.")))
                .isEmpty();
    }

    @Test
    void answer_keys_must_fit_the_type_and_the_options() throws Exception {
        assertThat(problems(q("s1-001", "1.1", "single", "[4]", "[\"1-1\"]", "Q?", "¿P?")))
                .contains("question s1-001: answer index 4 is not an option (0 to 3).");
        assertThat(problems(q("s1-001", "1.1", "single", "[0, 1]", "[\"1-1\"]", "Q?", "¿P?")))
                .contains("question s1-001: a single-answer question needs exactly one answer index, not 2.");
        assertThat(problems(q("s1-001", "1.1", "multiple", "[1]", "[\"1-1\"]", "Q? Choose two.", "¿P? Elige dos.")))
                .anyMatch(p -> p.contains("needs 2 or more right options"));
        assertThat(problems(q("s1-001", "1.1", "multiple", "[0, 1]", "[\"1-1\"]", "Q?", "¿P? Elige dos.")))
                .contains("question s1-001: the stem must say \"Choose two.\" (it has that many right options).");
        assertThat(problems(q("s1-001", "1.1", "multiple", "[0, 1, 2]", "[\"1-1\"]", "Q? Choose two.", "¿P? Elige tres.")))
                .contains("question s1-001: the stem must say \"Choose three.\" (it has that many right options).");
    }

    @Test
    void both_languages_must_be_complete_and_parallel() throws Exception {
        String fewerNotes = q("s1-001", "1.1", "single", "[0]", "[\"1-1\"]", "Q?", "¿P?")
                .replaceFirst("optionNotes: \\[\"na\", \"nb\", \"nc\", \"nd\"]\n  es:", "optionNotes: [\"na\", \"nb\", \"nc\"]\n  es:");
        assertThat(problems(fewerNotes)).contains(
                "question s1-001: it has 4 options but 3 optionNotes (en); write one note per option, in the same order.");
        String fiveSpanish = q("s1-001", "1.1", "single", "[0]", "[\"1-1\"]", "Q?", "¿P?")
                .replace("options: [\"a\", \"b\", \"c\", \"d\"]\n    explanation: \"Porque.\"",
                        "options: [\"a\", \"b\", \"c\", \"d\", \"e\"]\n    explanation: \"Porque.\"");
        assertThat(problems(fiveSpanish)).anyMatch(p -> p.contains("English has 4 options and Spanish 5"));
        assertThat(problems(q("s1-001", "1.1", "single", "[0]", "[\"1-1\"]", "Q?", " "))).contains(
                "question s1-001: the stem is empty (es).");
        String catchAll = q("s1-001", "1.1", "single", "[3]", "[\"1-1\"]", "Q?", "¿P?")
                .replace("options: [\"a\", \"b\", \"c\", \"d\"]\n    explanation: \"Porque.\"",
                        "options: [\"a\", \"b\", \"c\", \"Todas las anteriores\"]\n    explanation: \"Porque.\"");
        assertThat(problems(catchAll)).contains(
                "question s1-001: an option is a catch-all such as 'all of the above' (es); write a real alternative.");
    }

    @Test
    void ids_topics_and_facts_must_resolve() throws Exception {
        assertThat(problems(q("s2-01", "1.1", "single", "[0]", "[\"1-1\"]", "Q?", "¿P?")))
                .anyMatch(p -> p.startsWith("question s2-01: the id must look like"));
        assertThat(problems(q("s1-001", "2.1", "single", "[0]", "[\"1-1\"]", "Q?", "¿P?")))
                .contains("question s1-001: topic 2.1 belongs to section 2, not 1.");
        assertThat(problems(q("s1-001", "1.1", "single", "[0]", "[\"1-2\", \"9-9\"]", "Q?", "¿P?"))).contains(
                "question s1-001: fact 1-2 is unconfirmed; a question's key must not rest on it.",
                "question s1-001: fact 9-9 is not in facts.yaml.");
        assertThat(problems(q("s1-001", "1.1", "single", "[0]", "[]", "Q?", "¿P?")))
                .contains("question s1-001: it cites no facts; name the facts its key rests on.");
    }

    @Test
    void ids_and_stems_must_be_unique() throws Exception {
        String twice = q("s1-001", "1.1", "single", "[0]", "[\"1-1\"]", "Which one?", "¿Cuál?")
                + q("s1-001", "1.2", "single", "[1]", "[\"1-1\"]", "which ONE", "¿Otra?")
                + q("s1-003", "1.2", "single", "[1]", "[\"1-1\"]", "Another?", "¿cual?");
        assertThat(problems(twice)).contains(
                "question id s1-001 is used twice; give each question its own id.",
                "questions s1-001 and s1-001 have the same stem (en).",
                "questions s1-001 and s1-003 have the same stem (es).");
    }

    @Test
    void lessons_need_every_anchor_a_lab_and_resolvable_glossary_links() throws Exception {
        MemorySource source = MemorySource.small()
                .put("lessons/section-1.en.md", "## A\n<!-- topic: 1.1 -->\nA [chunk](glossary:chunk) and a [vector](glossary:vector).\n")
                .put("lessons/section-1.es.md", "## A\n<!-- topic: 1.1 -->\n## B\n<!-- topic: 1.2 -->\n## Práctica\nPasos.\n");
        assertThat(BankLint.contentProblems(QuestionBank.load(source))).containsExactlyInAnyOrder(
                "lessons/section-1.en.md has no anchor <!-- topic: 1.2 --> for topic 1.2; put it under the topic's ## heading.",
                "lessons/section-1.en.md has no \"## Lab\" section; every lesson ends with a hands-on lab.",
                "lessons/section-1.en.md links to glossary:vector, which glossary.yaml does not define.");
    }

    @Test
    void completeness_needs_counts_spread_topic_coverage_and_every_file() throws Exception {
        StringBuilder section1 = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            section1.append(MemorySource.question("s1-%03d".formatted(i), 1, i % 2 == 0 ? "1.1" : "1.2", "single", "[0]",
                    "[\"1-1\"]", "Q" + i, "P" + i));
        }
        StringBuilder section2 = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            section2.append(MemorySource.question("s2-%03d".formatted(i), 2, "2.1", "single", "[0]", "[\"1-1\"]", "R" + i, "S" + i));
        }
        QuestionBank bank = QuestionBank.load(MemorySource.small()
                .put("questions/section-1.yaml", section1.toString())
                .put("questions/section-2.yaml", section2.toString()));
        assertThat(BankLint.completenessProblems(bank)).contains(
                "the bank has 50 questions; it needs at least 240.",
                "section 2 has 20 questions; it needs at least 25.",
                "section 1 holds 60.0% of the questions (30 of 50); its weight is 50%, so it must be within 3 points.",
                "topic 2.2 (D) has 0 questions; it needs at least 2.",
                "section 1 has no lesson lessons/section-1.en.md.")
                .noneMatch(p -> p.startsWith("topic 1."));
    }
}

package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StudyCatalogTest {

    private static StudyCatalog catalog() throws StudyContentException {
        return new StudyCatalog(QuestionBank.load(MemorySource.small()
                .put("questions/section-1.yaml",
                        MemorySource.question("s1-001", 1, "1.2", "single", "[0]", "[\"1-1\"]", "Q1", "P1")
                                + MemorySource.question("s1-002", 1, "1.1", "single", "[1]", "[\"1-1\"]", "Q2", "P2")
                                + MemorySource.question("s1-003", 1, "1.2", "single", "[2]", "[\"1-1\"]", "Q3", "P3"))
                .put("lessons/section-1.es.md", """
                        # Uno

                        ## Primer tema
                        <!-- topic: 1.1 -->
                        Texto del primero.

                        ## Segundo tema
                        <!-- topic: 1.2 -->
                        Texto del segundo,
                        en dos líneas.

                        ## Práctica
                        Pasos.
                        """)));
    }

    @Test
    void finds_questions_by_section_and_topic_and_counts_them() throws Exception {
        StudyCatalog catalog = catalog();
        assertThat(catalog.questionsInSection(1)).extracting(Question::id).containsExactly("s1-001", "s1-002", "s1-003");
        assertThat(catalog.questionsInSection(2)).isEmpty();
        assertThat(catalog.questionsOnTopic("1.2")).extracting(Question::id).containsExactly("s1-001", "s1-003");
        assertThat(catalog.topicsOf(2)).extracting(Topic::id).containsExactly("2.1", "2.2");
        assertThat(catalog.countsBySection()).containsEntry(1, 3).containsEntry(2, 0);
    }

    @Test
    void a_question_links_to_the_part_of_its_lesson_that_teaches_its_topic() throws Exception {
        StudyCatalog catalog = catalog();
        Question second = catalog.bank().question("s1-003").orElseThrow();
        assertThat(catalog.lessonFor(second, StudyLanguage.ES)).hasValueSatisfying(part -> {
            assertThat(part.path()).isEqualTo("lessons/section-1.es.md");
            assertThat(part.heading()).isEqualTo("Segundo tema");
            assertThat(part.markdown()).isEqualTo("Texto del segundo,\nen dos líneas.");
        });
        Question first = catalog.bank().question("s1-002").orElseThrow();
        assertThat(catalog.lessonFor(first, StudyLanguage.ES)).map(StudyCatalog.LessonPart::markdown).contains("Texto del primero.");
        assertThat(catalog.lessonFor(first, StudyLanguage.EN)).isEmpty();
    }

    @Test
    void every_shipped_question_links_to_a_lesson_part_in_both_languages() throws Exception {
        StudyCatalog catalog = new StudyCatalog(QuestionBank.load());
        for (Question q : catalog.bank().questions()) {
            for (StudyLanguage language : StudyLanguage.values()) {
                assertThat(catalog.lessonFor(q, language)).as(q.id() + " " + language)
                        .hasValueSatisfying(part -> assertThat(part.markdown()).isNotBlank());
            }
        }
    }
}

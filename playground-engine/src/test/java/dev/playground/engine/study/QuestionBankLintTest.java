package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lints the bank that ships: every rule of the study format, over every question and lesson. */
class QuestionBankLintTest {
    private static QuestionBank bank;

    @BeforeAll
    static void load() throws StudyContentException {
        bank = QuestionBank.load();
    }

    @Test
    void the_shipped_bank_breaks_no_content_rule() {
        assertThat(BankLint.contentProblems(bank)).isEmpty();
    }

    @Test
    void the_bank_is_complete_spread_by_weight_and_covers_every_topic_twice() {
        assertThat(BankLint.completenessProblems(bank)).isEmpty();
    }

    @Test
    void the_index_holds_the_guide_six_sections_and_every_topic() {
        assertThat(bank.sections()).extracting(Section::weight).containsExactly(14, 14, 30, 22, 8, 12);
        assertThat(bank.topics()).hasSize(50);
        assertThat(bank.facts()).containsKeys("1-12", "4-1", "C-24", "N-1", "D-10");
    }
}

package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.file.PromptFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lints the labs that ship: every rule over every lab, its starter and its lesson links. */
class LabCatalogLintTest {
    private static QuestionBank bank;
    private static StudyLabs labs;

    @BeforeAll
    static void load() throws StudyContentException {
        bank = QuestionBank.load();
        labs = StudyLabs.load();
    }

    @Test
    void the_shipped_labs_break_no_content_rule() {
        assertThat(LabLint.contentProblems(bank, labs)).isEmpty();
    }

    @Test
    void there_are_at_least_twelve_labs_and_every_section_has_one() {
        assertThat(LabLint.completenessProblems(labs)).isEmpty();
        assertThat(labs.labs()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void the_issue_s_list_of_labs_is_covered() {
        assertThat(labs.labs()).extracting(Lab::id).contains("lab-1-few-shot-json", "lab-2-headings-fix-miss",
                "lab-3-rag-citations-grounded", "lab-6-compare-latency-cost", "lab-4-champion-behind-suite",
                "lab-6-run-log-inference-table", "lab-5-mask-pii");
    }

    @Test
    void every_starter_parses_and_shared_schemas_are_read_in_full() throws Exception {
        for (Lab lab : labs.labs()) {
            if (!lab.opens().hasPrompt()) continue;
            PromptFile starter = labs.starter(lab).orElseThrow();
            assertThat(starter.document().template().messages()).as(lab.id()).isNotEmpty();
        }
        // A YAML alias (*triage-schema) must arrive as the schema itself, not as text.
        Lab triage = labs.lab("lab-1-few-shot-json").orElseThrow();
        assertThat(triage.check().cases()).allSatisfy(c -> assertThat(c.asserts().getFirst().value().isObject()).isTrue());
        assertThat(triage.check().cases().get(1).asserts().getFirst().valueText()).contains("\"confidence\"");
    }

    @Test
    void the_study_window_lists_each_section_s_labs_with_both_titles() {
        LabCatalog catalog = labs;
        assertThat(catalog.labsFor(2)).extracting(LabCatalog.LabSummary::id).containsExactly("lab-2-headings-fix-miss", "lab-2-chunk-budget");
        assertThat(catalog.labsFor(2).getFirst().title(StudyLanguage.ES)).isEqualTo("Las cabeceras contextuales arreglan un fallo de recuperación");
        for (int section = 1; section <= 6; section++) assertThat(catalog.labsFor(section)).as("section " + section).isNotEmpty();
    }

    @Test
    void labs_that_run_a_model_say_so() {
        for (Lab lab : labs.labs()) {
            if (lab.check().callsModel()) assertThat(lab.needsModel()).as(lab.id()).isTrue();
        }
        assertThat(labs.lab("lab-2-headings-fix-miss").orElseThrow().needsModel()).isFalse();
    }
}

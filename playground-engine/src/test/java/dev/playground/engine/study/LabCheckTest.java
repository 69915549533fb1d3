package dev.playground.engine.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.context.RetrievedContext;
import dev.playground.engine.context.SearchHit;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.run.RunOutcome;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped labs' checks over a workbench the test controls: each kind of assertion passes on right work and fails on wrong work. */
class LabCheckTest {
    private static StudyLabs labs;

    @BeforeAll
    static void load() throws StudyContentException {
        labs = StudyLabs.load();
    }

    /** Answers, hits, aliases and runs set by each test; records what was run. */
    static final class Bench implements LabWorkbench {
        final List<LabCollection> searched = new java.util.ArrayList<>();
        final List<String> answers = new ArrayList<>();
        final List<SearchHit> hits = new ArrayList<>();
        final List<RunRecord> runs = new ArrayList<>();
        final Map<String, Integer> aliases = new HashMap<>();
        final List<PromptDocument> ran = new ArrayList<>();
        int chunks;
        boolean judgePasses = true;
        boolean cancelled;

        @Override
        public RunOutcome run(PromptDocument prompt, Map<String, String> values, LabCollection collection, String logName) {
            ran.add(prompt);
            String text = answers.isEmpty() ? "" : answers.removeFirst();
            CompletionRequest request = new CompletionRequest(Connection.dryRun(), "m", ModelSettings.DEFAULTS,
                    List.of(new RenderedMessage(Role.USER, values.getOrDefault("question", "q"))));
            CompletionResult result = new CompletionResult(text, "stop", new TokenUsage(10, 5, true), Duration.ofMillis(5),
                    Duration.ofMillis(10), true, "", false, null);
            return new RunOutcome(request, result, new RetrievedContext("q", "[1] a\n\n[2] b", List.of(hit(1, "/h/en/a.md", "a"), hit(2, "/h/en/b.md", "b"))),
                    cancelled ? new ProviderException(ProviderException.Kind.CANCELLED, "Stopped.") : null);
        }

        @Override
        public List<SearchHit> search(LabCollection collection, String query, int top) {
            searched.add(collection);
            return hits.stream().limit(top).toList();
        }

        @Override
        public int chunkCount(LabCollection collection) {
            return chunks;
        }

        @Override
        public Optional<Integer> alias(String prompt, String alias) {
            return Optional.ofNullable(aliases.get(prompt + "@" + alias));
        }

        @Override
        public Optional<PromptDocument> savedVersion(String prompt, int version) throws Exception {
            return Optional.of(labs.starter(labs.lab("lab-4-champion-behind-suite").orElseThrow()).orElseThrow().document());
        }

        @Override
        public List<RunRecord> runs(String prompt) {
            return runs;
        }

        @Override
        public Score judge(String rubric, String question, String answer, String context) {
            return Score.ofValueAndPass(rubric, judgePasses ? 5 : 2, judgePasses, "checked against the passages");
        }
    }

    static SearchHit hit(int rank, String path, String text) {
        return new SearchHit(rank, "c" + rank, path, path.substring(path.lastIndexOf('/') + 1), "md", 0, "", 0, text, 1.0, rank, 0.5, rank,
                0.1, List.of(), List.of());
    }

    static RunRecord run(String model, long latencyMs, double cost, int outputTokens) {
        return new RunRecord("r" + latencyMs + model, Instant.now(), "c", "c", ProviderKind.OPENAI_COMPATIBLE, model, "compare-models",
                ModelSettings.DEFAULTS, List.of(), "billing", "stop", RunStatus.OK, 10, outputTokens, true, Duration.ofMillis(latencyMs / 2),
                Duration.ofMillis(latencyMs), cost, "", false, null, 1);
    }

    private static LabResult check(String id, Bench bench, LabSubmission submission) {
        return new LabCheck(labs, bench).check(labs.lab(id).orElseThrow(), submission);
    }

    @Test
    void retrieval_rank_passes_only_when_the_expected_chunk_is_high_enough() {
        Bench bench = new Bench();
        bench.hits.addAll(List.of(hit(1, "/d/en/equipment-loans.md", "## Laptops Every permanent employee"),
                hit(2, "/d/en/rentals.md", "deposit of 50 euros"), hit(3, "/d/es/equipment-loans.md", "una fianza de 120 euros"),
                hit(4, "/d/en/equipment-loans.md", "A deposit of 120 euros is held back")));
        LabResult missed = check("lab-2-headings-fix-miss", bench, LabSubmission.DEFAULTS);
        assertThat(missed.passed()).isFalse();
        assertThat(missed.findings().getFirst().detail()).contains("is not in the top 3 of study-handbook-plain", "2. en/rentals.md");
        assertThat(missed.findings().getFirst().detail(StudyLanguage.ES)).contains("no está entre los 3 primeros de study-handbook-plain", "2. en/rentals.md");
        assertThat(missed.findings().get(1).passed()).isTrue();

        bench.hits.set(1, hit(2, "/d/en/equipment-loans.md", "Equipment loans > Laptops A deposit of 120 euros"));
        assertThat(check("lab-2-headings-fix-miss", bench, LabSubmission.DEFAULTS).passed()).isTrue();
    }

    @Test
    void a_collection_the_student_names_starts_from_the_lab_s_own_chunking() {
        Bench bench = new Bench();
        check("lab-2-headings-fix-miss", bench, new LabSubmission(null, "my-handbook", Map.of()));
        assertThat(bench.searched).isNotEmpty().allSatisfy(c -> {
            assertThat(c.name()).isEqualTo("my-handbook");
            assertThat(c.searchContext()).isFalse();
        });
        bench.searched.clear();
        check("lab-2-headings-fix-miss", bench, LabSubmission.DEFAULTS);
        assertThat(bench.searched).extracting(LabCollection::name).containsOnly("study-handbook-plain");
    }

    @Test
    void answer_assertions_hold_each_case_to_its_json_schema_and_category() {
        Bench bench = new Bench();
        bench.answers.addAll(List.of("{\"category\": \"billing\", \"confidence\": 0.9}", "{\"category\": \"delivery\", \"confidence\": 0.8}",
                "{\"category\": \"repair\", \"confidence\": 1}"));
        assertThat(check("lab-1-few-shot-json", bench, LabSubmission.DEFAULTS).passed()).isTrue();

        bench.answers.addAll(List.of("The category is billing.", "```json\n{\"category\": \"delivery\", \"confidence\": 0.8}\n```",
                "{\"category\": \"billing\", \"confidence\": 1}"));
        LabResult wrong = check("lab-1-few-shot-json", bench, LabSubmission.DEFAULTS);
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.failures()).isEqualTo(4);
        assertThat(wrong.findings()).filteredOn(f -> f.label().startsWith("case 3")).extracting(LabFinding::passed).containsExactly(true, false);
        LabFinding notJson = wrong.findings().getFirst();
        assertThat(notJson.label(StudyLanguage.ES)).isEqualTo("caso 1 (double charge): is-json");
        assertThat(notJson.detail(StudyLanguage.ES)).startsWith("la respuesta debe ser solo JSON").doesNotContain("not valid");
    }

    @Test
    void citations_and_the_judge_decide_the_rag_lab() {
        Bench bench = new Bench();
        bench.answers.addAll(List.of("Refurbished bikes: within 14 days [2].", "La batería cubre 500 ciclos [1]."));
        assertThat(check("lab-3-rag-citations-grounded", bench, LabSubmission.DEFAULTS).passed()).isTrue();

        bench.answers.addAll(List.of("Within 14 days [7].", "500 ciclos."));
        bench.judgePasses = false;
        LabResult wrong = check("lab-3-rag-citations-grounded", bench, LabSubmission.DEFAULTS);
        assertThat(wrong.findings()).filteredOn(f -> f.label().endsWith("cites")).extracting(LabFinding::detail)
                .containsExactly("the answer cites a passage number that was not retrieved (only 1 to 2 were)",
                        "the answer cites no passage; ask for [n] after each claim");
        assertThat(wrong.findings()).filteredOn(f -> f.label().endsWith("llm-rubric")).noneMatch(LabFinding::passed);
    }

    @Test
    void the_champion_lab_runs_the_aliased_version_and_refuses_version_one() {
        Bench bench = new Bench();
        LabResult unset = check("lab-4-champion-behind-suite", bench, LabSubmission.DEFAULTS);
        assertThat(unset.passed()).isFalse();
        assertThat(bench.ran).isEmpty();

        bench.aliases.put("lab-policy-answer@champion", 1);
        assertThat(check("lab-4-champion-behind-suite", bench, LabSubmission.DEFAULTS).findings().getFirst().detail())
                .contains("points at version 1");

        bench.aliases.put("lab-policy-answer@champion", 2);
        bench.answers.addAll(List.of("The frame has a 5-year warranty [1].", "La batería tiene 2 años de garantía [2]."));
        assertThat(check("lab-4-champion-behind-suite", bench, LabSubmission.DEFAULTS).passed()).isTrue();
        assertThat(bench.ran).hasSize(2);
    }

    @Test
    void run_log_answers_are_computed_from_the_log_and_need_enough_runs() {
        Bench bench = new Bench();
        LabResult empty = check("lab-6-compare-latency-cost", bench, new LabSubmission(null, "", Map.of("faster", "a", "cheaper", "b")));
        assertThat(empty.findings().getFirst().detail()).contains("at least two models with 3 answered runs each");

        for (int i = 0; i < 3; i++) {
            bench.runs.add(run("small", 100 + i, 0.002, 4));
            bench.runs.add(run("large", 900 + i, 0.001, 4));
        }
        assertThat(check("lab-6-compare-latency-cost", bench, new LabSubmission(null, "", Map.of("faster", "Small", "cheaper", "large")))
                .passed()).isTrue();
        LabResult wrong = check("lab-6-compare-latency-cost", bench, new LabSubmission(null, "", Map.of("faster", "large")));
        assertThat(wrong.findings()).extracting(LabFinding::detail).containsExactly("you answered large; look again", "no answer given for cheaper (on the command line: --answer cheaper=...)");
    }

    @Test
    void fixed_answer_keys_accept_either_language() {
        Map<String, String> right = Map.of("correctness", "sí", "groundedness", "no", "relevance", "No", "sufficiency", "yes");
        assertThat(check("lab-6-judges-ground-truth", new Bench(), new LabSubmission(null, "", right)).passed()).isTrue();
        assertThat(check("lab-6-judges-ground-truth", new Bench(), new LabSubmission(null, "", Map.of("correctness", "no"))).failures()).isEqualTo(4);
    }

    @Test
    void a_cancelled_run_ends_the_check_instead_of_calling_the_model_again() {
        Bench bench = new Bench();
        bench.cancelled = true;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> check("lab-1-few-shot-json", bench, LabSubmission.DEFAULTS))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(bench.ran).hasSize(1);
    }

    @Test
    void routing_labs_want_only_the_code() {
        Bench bench = new Bench();
        bench.answers.addAll(List.of("knowledge-assistant", "Information-Extraction.", "`genie-space`", "multi-agent-supervisor\n"));
        assertThat(check("lab-1-route-to-agent-bricks", bench, LabSubmission.DEFAULTS).passed()).isTrue();
        bench.answers.addAll(List.of("I would use a knowledge-assistant here.", "information-extraction", "genie-space", "knowledge-assistant"));
        assertThat(check("lab-1-route-to-agent-bricks", bench, LabSubmission.DEFAULTS).failures()).isEqualTo(2);
    }

    @Test
    void chunk_budget_counts_chunks() {
        Bench bench = new Bench();
        bench.chunks = 139;
        bench.hits.add(hit(1, "/d/en/returns.md", "can be returned within 14 days of delivery"));
        LabResult over = check("lab-2-chunk-budget", bench, LabSubmission.DEFAULTS);
        LabFinding first = over.findings().getFirst();
        assertThat(List.of(first.label(), first.passed(), first.detail()))
                .containsExactly("chunk-count", false, "study-handbook-budget holds 139 chunks; the budget is 100");
        assertThat(first.detail(StudyLanguage.ES)).isEqualTo("study-handbook-budget tiene 139 fragmentos; el máximo es 100");
        bench.chunks = 84;
        assertThat(check("lab-2-chunk-budget", bench, LabSubmission.DEFAULTS).passed()).isTrue();
    }
}

package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labs end to end on the command line: a student opens a lab, edits the starter, and the app checks it by running it
 * against a loopback OpenAI-compatible server; the same check fails for wrong answers. The RAG lab goes through the
 * real handbook index, citations and the judge; the chunking lab runs offline with the real indexer.
 */
class StudyLabCommandTest {
    private static final String IMPROVED_TRIAGE = """
            schema: prompt-playground/1
            name: ticket-triage
            model: {temperature: 0, maxTokens: 120}
            responseFormat: json
            messages:
              - role: system
                content: |
                  Classify the Nortada support ticket between <ticket> tags. Reply with only a JSON object:
                  {"category": one of "billing", "delivery", "repair", "other", "confidence": a number from 0 to 1}.
                  Example: <ticket>My card was charged twice</ticket> -> {"category": "billing", "confidence": 0.95}
                  Example: <ticket>The parcel never came</ticket> -> {"category": "delivery", "confidence": 0.9}
              - role: user
                content: "<ticket>{{ ticket }}</ticket>"
            variables:
              ticket: I was charged twice.
            """;

    @TempDir Path dir;
    private OpenAiWireServer server;
    private Map<String, String> env;

    @BeforeEach
    void setUp() {
        server = OpenAiWireServer.start();
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-test-0123456789");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void a_student_opens_the_few_shot_lab_edits_the_starter_and_the_app_checks_it_against_a_model() throws Exception {
        Path work = dir.resolve("work");
        CliRun open = CliRun.of(env, "study", "lab", "open", "lab-1-few-shot-json", "--dir", work.toString(), "--lang", "es");
        assertThat(open.exitCode()).as(open.err()).isZero();
        assertThat(open.out()).contains("Prompting few-shot para obtener JSON", "Necesita un modelo", "ticket-triage.prompt.yaml");
        Path starter = work.resolve("ticket-triage.prompt.yaml");
        assertThat(Files.readString(starter)).contains("Tell us what kind of problem");
        Files.writeString(starter, IMPROVED_TRIAGE);

        server.enqueue(ScriptedReply.stream("{\"category\": \"billing\", ", "\"confidence\": 0.92}"))
                .enqueue(ScriptedReply.stream("{\"category\": \"delivery\", \"confidence\": 0.88}"))
                .enqueue(ScriptedReply.stream("{\"category\": \"repair\", \"confidence\": 0.97}"));
        CliRun pass = check("lab-1-few-shot-json", "--prompt", starter.toString());
        assertThat(pass.exitCode()).as(pass.out() + pass.err()).isZero();
        assertThat(pass.out()).contains("PASS lab-1-few-shot-json").doesNotContain("FAIL");
        List<JsonNode> sent = server.requests().stream().map(r -> r.body()).toList();
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0).path("messages").get(0).path("content").asText()).contains("Reply with only a JSON object");
        assertThat(sent.get(1).path("messages").get(1).path("content").asText()).isEqualTo(
                "<ticket>Hace diez días que hice el pedido NB-1002 y todavía no ha llegado. El seguimiento no se mueve.</ticket>");
        assertThat(sent.get(2).path("model").asText()).isEqualTo("local-model");

        server.enqueue(ScriptedReply.stream("This ticket is about billing."))
                .enqueue(ScriptedReply.stream("```json\n{\"category\": \"delivery\", \"confidence\": 0.88}\n```"))
                .enqueue(ScriptedReply.stream("{\"category\": \"billing\", \"confidence\": 0.7}"));
        CliRun fail = check("lab-1-few-shot-json", "--prompt", starter.toString(), "--json");
        assertThat(fail.exitCode()).as(fail.err()).isEqualTo(1);
        JsonNode result = new ObjectMapper().readTree(fail.out());
        assertThat(result.path("passed").asBoolean()).isFalse();
        assertThat(result.path("findings").findValuesAsText("label")).contains("case 1 (double charge): is-json", "case 3 (fault code): regex");
        assertThat(result.path("findings").get(0).path("detail").asText()).startsWith("not valid JSON");
    }

    @Test
    void the_rag_lab_is_checked_through_the_real_handbook_index_its_citations_and_the_judge() {
        server.enqueue(ScriptedReply.stream("Refurbished bikes can be returned within 14 days of delivery [1]."))
                .enqueue(ScriptedReply.stream("{\"score\": 5, \"reasoning\": \"Every claim is in passage 1.\"}"))
                .enqueue(ScriptedReply.stream("La garantía de la batería cubre 500 ciclos de carga [1]."))
                .enqueue(ScriptedReply.stream("{\"score\": 4, \"reasoning\": \"Supported by the warranty passage.\"}"));
        CliRun pass = check("lab-3-rag-citations-grounded");
        assertThat(pass.exitCode()).as(pass.out() + pass.err()).isZero();
        JsonNode firstCall = server.requests().getFirst().body();
        assertThat(firstCall.path("messages").get(0).path("content").asText()).contains("returns.md", "within 14 days");

        server.enqueue(ScriptedReply.stream("You have a month, more or less."))
                .enqueue(ScriptedReply.stream("{\"score\": 1, \"reasoning\": \"Not in the passages.\"}"))
                .enqueue(ScriptedReply.stream("500 ciclos [9]."))
                .enqueue(ScriptedReply.stream("{\"score\": 3, \"reasoning\": \"Partly supported.\"}"));
        CliRun fail = check("lab-3-rag-citations-grounded");
        assertThat(fail.exitCode()).isEqualTo(1);
        assertThat(fail.out()).contains("FAIL  case 1 (refurbished returns): cites: the answer cites no passage",
                "FAIL  case 1 (refurbished returns): llm-rubric: judge (1)", "FAIL  case 2 (battery warranty, in Spanish): cites: the answer cites a passage number that was not retrieved");
    }

    @Test
    void the_chunking_lab_fails_on_plain_chunks_and_passes_once_search_reads_each_chunk_s_headings_offline() {
        // A collection the student names starts from the lab's plain splitter, as the lab's own would.
        CliRun missed = CliRun.of(env, "study", "lab", "check", "lab-2-headings-fix-miss", "--collection", "my-handbook");
        assertThat(missed.exitCode()).as(missed.err()).isEqualTo(1);
        assertThat(missed.out()).contains("FAIL  retrieval-rank: the passage of en/equipment-loans.md with \"120 euros\" is not in the top 3 of my-handbook");

        CliRun reindex = CliRun.of(env, "index", "--collection", "my-handbook", "--chunk-context", "on", "--quiet");
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        CliRun fixed = CliRun.of(env, "study", "lab", "check", "lab-2-headings-fix-miss", "--collection", "my-handbook");
        assertThat(fixed.exitCode()).as(fixed.out()).isZero();
        assertThat(fixed.out()).contains("PASS lab-2-headings-fix-miss");

        CliRun wrongValue = CliRun.of(env, "index", "--collection", "my-handbook", "--chunk-context", "maybe");
        assertThat(wrongValue.exitCode()).isEqualTo(2);
        assertThat(wrongValue.err()).contains("--chunk-context must be 'on' or 'off'");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void the_champion_lab_runs_only_a_promoted_version_and_its_suite_decides() throws Exception {
        Path work = dir.resolve("work");
        assertThat(CliRun.of(env, "study", "lab", "open", "lab-4-champion-behind-suite", "--dir", work.toString()).exitCode()).isZero();
        Path starter = work.resolve("policy-answer.prompt.yaml");
        assertThat(CliRun.of(env, "prompt", "save", starter.toString(), "--name", "lab-policy-answer", "-m", "starter").exitCode()).isZero();
        assertThat(CliRun.of(env, "prompt", "alias", "lab-policy-answer", "champion", "1").exitCode()).isZero();
        CliRun starterOnly = check("lab-4-champion-behind-suite");
        assertThat(starterOnly.exitCode()).isEqualTo(1);
        assertThat(starterOnly.out()).contains("FAIL  alias lab-policy-answer@champion: points at version 1, the starter");
        assertThat(server.requests()).isEmpty();

        Files.writeString(starter, Files.readString(starter).replace("Answer the customer's question about Nortada's policies.",
                "Answer only from the numbered passages, cite each one you use as [n], and answer in the customer's language."));
        assertThat(CliRun.of(env, "prompt", "save", starter.toString(), "--name", "lab-policy-answer", "-m", "grounded, cited").exitCode()).isZero();
        assertThat(CliRun.of(env, "prompt", "alias", "lab-policy-answer", "champion", "2").exitCode()).isZero();
        server.enqueue(ScriptedReply.stream("The frame has a 5-year warranty against manufacturing faults [1]."))
                .enqueue(ScriptedReply.stream("La batería tiene 2 años de garantía o 500 ciclos [1]."));
        CliRun promoted = check("lab-4-champion-behind-suite");
        assertThat(promoted.exitCode()).as(promoted.out() + promoted.err()).isZero();
        assertThat(promoted.out()).contains("ok    alias lab-policy-answer@champion: points at version 2");
        assertThat(server.requests().getFirst().body().path("messages").get(0).path("content").asText()).startsWith("Answer only from the numbered passages");
    }

    @Test
    void the_run_log_lab_compares_the_student_s_reading_with_the_run_log() throws Exception {
        Path work = dir.resolve("work");
        assertThat(CliRun.of(env, "study", "lab", "open", "lab-6-run-log-inference-table", "--dir", work.toString()).exitCode()).isZero();
        String starter = work.resolve("inference-table.prompt.yaml").toString();
        server.enqueue(ScriptedReply.stream("Hasta las 19:00."))
                .enqueue(ScriptedReply.stream("We ship to the islands in 5 to 8 working days."))
                .enqueue(ScriptedReply.stream("Sí, ", "podemos ", "ayudarte."));
        for (String ticket : List.of("¿Hasta qué hora abrís?", "How long to Tenerife?", "¿Me ayudáis con la batería?")) {
            assertThat(CliRun.of(env, "run", starter, "--var", "ticket=" + ticket, "--base-url", server.baseUrl(), "--model", "m").exitCode()).isZero();
        }
        CliRun tooFew = CliRun.of(env, "study", "lab", "check", "lab-6-run-log-inference-table", "--answer", "runs=2", "--answer", "output-tokens=1");
        assertThat(tooFew.exitCode()).isEqualTo(1);

        int outputTokens = 0;
        for (String line : CliRun.of(env, "runs", "export", "--prompt", "inference-table").out().strip().split("\n")) {
            outputTokens += new ObjectMapper().readTree(line).path("usage").path("outputTokens").asInt();
        }
        CliRun right = CliRun.of(env, "study", "lab", "check", "lab-6-run-log-inference-table", "--answer", "runs=3",
                "--answer", "output-tokens=" + outputTokens);
        assertThat(right.exitCode()).as(right.out()).isZero();
        assertThat(right.out()).contains("ok    runlog runs: right: 3");
    }

    @Test
    void labs_are_listed_and_shown_in_both_languages_and_bad_input_says_what_to_do() throws Exception {
        CliRun list = CliRun.of(env, "study", "labs", "--json");
        assertThat(list.exitCode()).isZero();
        JsonNode labs = new ObjectMapper().readTree(list.out());
        assertThat(labs.size()).isGreaterThanOrEqualTo(12);
        assertThat(labs.findValuesAsText("section")).contains("1", "2", "3", "4", "5", "6");
        assertThat(CliRun.of(env, "study", "lab", "show", "lab-5-mask-pii", "--lang", "es").out()).contains("Enmascarar los datos personales");

        CliRun unknown = CliRun.of(env, "study", "lab", "check", "lab-9-nothing");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no lab 'lab-9-nothing'; see the list with: playground study labs");
        CliRun noConnection = CliRun.of(env, "study", "lab", "check", "lab-1-few-shot-json");
        assertThat(noConnection.exitCode()).isEqualTo(2);
        assertThat(noConnection.err()).contains("--base-url is required");
        CliRun noAnswers = CliRun.of(env, "study", "lab", "check", "lab-6-judges-ground-truth", "--answer", "correctness=sí");
        assertThat(noAnswers.exitCode()).isEqualTo(1);
        assertThat(noAnswers.out()).contains("ok    answer correctness: right: yes", "FAIL  answer relevance: no answer given for relevance (on the command line: --answer relevance=...)");
    }

    private CliRun check(String lab, String... more) {
        String[] base = {"study", "lab", "check", lab, "--base-url", server.baseUrl(), "--model", "local-model"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more)).toArray(String[]::new);
        return CliRun.of(env, args);
    }
}

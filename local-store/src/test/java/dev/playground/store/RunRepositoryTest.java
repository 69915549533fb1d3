package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.runlog.GuardNote;
import dev.playground.engine.runlog.RunExport;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRepositoryTest {
    @TempDir
    Path dir;

    private LocalStore store;
    private RunRepository runs;

    @BeforeEach
    void open() {
        store = open(dir);
        runs = store.runs();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static RunRecord run(String id, Instant at, String prompt, String model, RunStatus status) {
        return new RunRecord(id, at, "local", "Local vLLM", ProviderKind.OPENAI_COMPATIBLE, model, prompt,
                new ModelSettings(0.2, 0.9, null, 64, List.of("END", "STOP"), 7, null, null, "json"),
                List.of(new RenderedMessage(Role.SYSTEM, "Be brief, \"quoted\""), new RenderedMessage(Role.USER, "Hola, ¿qué tal?")),
                status == RunStatus.OK ? "Bien, gracias" : "", status == RunStatus.OK ? "stop" : "incomplete", status, 12, 3, true,
                Duration.ofNanos(1_234_000), Duration.ofMillis(250), status == RunStatus.OK ? 0.000123 : null,
                status == RunStatus.OK ? "" : "Could not reach Local vLLM.", false, null, 2,
                status == RunStatus.OK ? List.of(new GuardNote("pii", "EMAIL", "mask", GuardNote.PROMPT),
                        new GuardNote("pii", "US_SSN", "flag", GuardNote.ANSWER)) : List.of());
    }

    @Test
    void a_recorded_run_reads_back_field_for_field() {
        RunRecord original = run("r1", Instant.parse("2026-03-01T10:00:00Z"), "greeting", "qwen2.5", RunStatus.OK);

        runs.record(original);

        assertThat(runs.get("r1")).contains(original);
        assertThat(runs.count()).isEqualTo(1);
    }

    @Test
    void the_log_survives_reopening_the_store() {
        runs.record(run("r1", Instant.parse("2026-03-01T10:00:00Z"), "greeting", "qwen2.5", RunStatus.OK));
        store.close();

        store = open(dir);

        assertThat(store.runs().count()).isEqualTo(1);
    }

    @Test
    void runs_are_listed_newest_first_and_filtered_by_prompt_model_date_and_status() {
        runs.record(run("old", Instant.parse("2026-01-01T10:00:00Z"), "greeting", "gpt-4o-mini", RunStatus.OK));
        runs.record(run("mid", Instant.parse("2026-02-01T10:00:00Z"), "summary_es", "claude-haiku-4-5", RunStatus.ERROR));
        runs.record(run("new", Instant.parse("2026-03-01T10:00:00Z"), "greeting", "claude-haiku-4-5", RunStatus.OK));

        assertThat(ids(RunQuery.latest(10))).containsExactly("new", "mid", "old");
        assertThat(ids(RunQuery.latest(2))).containsExactly("new", "mid");
        assertThat(ids(new RunQuery("GREET", null, null, null, null, 10))).containsExactly("new", "old");
        assertThat(ids(new RunQuery(null, "claude", null, null, null, 10))).containsExactly("new", "mid");
        assertThat(ids(new RunQuery(null, null, Instant.parse("2026-01-15T00:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"), null, 10)))
                .containsExactly("mid");
        assertThat(ids(new RunQuery(null, null, null, null, RunStatus.ERROR, 10))).containsExactly("mid");
        assertThat(ids(new RunQuery("_es%", null, null, null, null, 10))).isEmpty();
    }

    @Test
    void exports_are_valid_jsonl_and_csv_with_every_run() throws Exception {
        runs.record(run("a", Instant.parse("2026-01-01T10:00:00Z"), "greeting", "m1", RunStatus.OK));
        runs.record(run("b", Instant.parse("2026-01-02T10:00:00Z"), "=cmd()", "m2", RunStatus.ERROR));
        List<RunRecord> all = runs.find(RunQuery.latest(10));

        StringWriter jsonl = new StringWriter();
        RunExport.writeJsonl(all, jsonl);
        StringWriter csv = new StringWriter();
        RunExport.writeCsv(all, csv);

        String[] lines = jsonl.toString().split("\n");
        assertThat(lines).hasSize(2);
        var first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.path("id").asText()).isEqualTo("b");
        assertThat(first.path("usage").path("source").asText()).isEqualTo("reported");
        assertThat(first.path("parameters").path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(first.path("timeToFirstTokenMs").asDouble()).isEqualTo(1.234);
        assertThat(first.path("costUsd").isNull()).isTrue();
        assertThat(csv.toString()).startsWith("id,started_at,connection").contains("\"system: Be brief, \"\"quoted\"\"").contains(",0.000123,").contains("'=cmd()")
                .contains("END|STOP");
        assertThat(csv.toString().split("\r\n")).hasSize(3);
    }

    private List<String> ids(RunQuery query) {
        return runs.find(query).stream().map(RunRecord::id).toList();
    }

    /** Opens the store under test: the embedded one here; the team-store subclass opens a PostgreSQL database instead. */
    protected LocalStore open(Path dir) {
        return LocalStore.open(dir);
    }
}

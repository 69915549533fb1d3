package dev.playground.store.testkit;

import dev.playground.engine.compare.ComparisonFixtures;
import dev.playground.engine.dataset.Dataset;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.store.Draft;
import dev.playground.store.LocalStore;
import dev.playground.store.VersionUsage;
import dev.playground.store.h2.H2ComparisonRepository;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A personal store with at least one record of every kind a store keeps, written through the store's own code. */
public final class EveryRecordKind {
    public static final Instant AT = Instant.parse("2026-11-30T09:15:00Z");

    private EveryRecordKind() {}

    public static PromptDocument document(String user) {
        return new PromptDocument(PromptTemplate.systemAndUser("Be brief.", user), "dry-run", "gpt-4o-mini", ModelSettings.of(0.2, 64), Map.of());
    }

    public static void fill(LocalStore store) {
        store.prompts().saveVersion("tutor", document("Explain {{topic}}"), "first", "ana");
        store.prompts().saveVersion("tutor", document("Explain {{topic}} briefly, café"), "shorter", "ana");
        store.prompts().saveVersion("greeter", document("Hola {{nombre}}"), "hello", "luis");
        store.prompts().setPromptTags("tutor", List.of("exam", "es"));
        store.prompts().setVersionTags("tutor", 2, List.of("reviewed"));
        store.aliases().set("tutor", "production", 1, "ana");
        store.aliases().set("tutor", "production", 2, "luis");
        store.aliases().set("greeter", "staging", 1, "luis");
        store.prompts().archive("greeter");
        store.lineage().record(new VersionUsage("tutor", 2, VersionUsage.Kind.RUN, "run-1", "a run", AT));
        store.drafts().save(new Draft("playground", "tutor", document("draft text"), AT));
        store.settings().put("language", "es");
        new H2ComparisonRepository(store.jdbc()).create(ComparisonFixtures.twoByTwo());
        store.runs().record(run("run-1", AT));
        store.runs().record(run("run-2", AT.plusSeconds(60)));
        store.runs().feedback("run-1", 1, 5);
        store.runs().judged("run-1", List.of(new dev.playground.engine.runlog.JudgeVerdict("tone", true, 0.75)));
        store.suiteHistory().keep(List.of(new dev.playground.engine.suite.SuiteHistory.Entry("history-1", 0, "smoke", "tutor", 2, "production",
                "tutor@production", AT, 1, 1, 0, Map.of("exact", 1.0))));
        store.datasets().save("capitals", new Dataset(List.of(DatasetRow.of(Map.of("question", "Capital of France?")))), "first", "ana", "typed");
        store.datasets().save("capitals", new Dataset(List.of(DatasetRow.of(Map.of("question", "Capital of Spain?")))), "second", "ana", "typed");
        long suiteRun = store.suiteRuns().begin("smoke", "f".repeat(64), 1);
        store.suiteRuns().saveCell(suiteRun, new dev.playground.engine.suite.SuiteCell(0, 0, 0,
                dev.playground.engine.suite.SuiteCell.Status.PASS, "Paris", 1.0, List.of(), "", "", 12, null, 3, 1, false));
        store.suiteRuns().finish(suiteRun, 1.0, true);
        store.jdbc().inTransaction("add study and cache rows", connection -> {
            OffsetDateTime at = OffsetDateTime.ofInstant(AT, ZoneOffset.UTC);
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO study_answer (answered_at, question_id, section, topic, "
                    + "chosen, correct, mode) VALUES (?, 'q-1', 2, 'rag', '0,2', TRUE, 'practice')")) {
                s.setObject(1, at);
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO study_exam_draft (slot, question_ids, answers, flags, "
                    + "position, time_limit_ms, remaining_ms, kept_at) VALUES (1, 'q-1,q-2', '0;', '1', 1, 3600000, 1200000, ?)")) {
                s.setObject(1, at);
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO response_cache (cache_key, result_json, created_at, "
                    + "last_used_at) VALUES (?, '{\"text\":\"Paris\"}', ?, ?)")) {
                s.setString(1, "a".repeat(64));
                s.setObject(2, at);
                s.setObject(3, at);
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO mcp_server (name, transport, command_json, url, "
                    + "header_names_json, created_at) VALUES ('files', 'stdio', '[\"mcp-files\"]', NULL, '[]', ?)")) {
                s.setObject(1, at);
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO run_trace (id, started_at, prompt_name, steps, outcome, "
                    + "run_ids, trace_json) VALUES ('trace-1', ?, 'tutor', 2, 'ANSWERED', 'run-1,run-2', '{\"spans\":[]}')")) {
                s.setObject(1, at);
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO bundle_suite (name, yaml, updated_at) VALUES ('smoke', "
                    + "'prompts: [tutor]', ?)")) {
                s.setObject(1, at);
                s.executeUpdate();
            }
            return null;
        });
        store.runs().count(); // waits for the queued run-log rows
    }

    private static RunRecord run(String id, Instant at) {
        return new RunRecord(id, at, "local", "Local vLLM", ProviderKind.OPENAI_COMPATIBLE, "qwen2.5", "tutor",
                ModelSettings.of(0.2, 64), List.of(new RenderedMessage(Role.USER, "Explain rain")), "Water falls.", "stop",
                RunStatus.OK, 12, 3, true, Duration.ofMillis(80), Duration.ofMillis(250), 0.000123, "", false, null, 1);
    }
}

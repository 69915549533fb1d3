package dev.playground.store.h2;

import java.util.List;
import java.util.Map;

/**
 * How one table is copied from a personal store into a team store: the row's natural key (what makes it "the same row"
 * in both stores, never a number the store made up), its own generated id if it has one, and which columns hold ids of
 * a parent table copied before it (mapped to the parent's ids in the team store).
 *
 * @param table     the table
 * @param label     the kind of record in words, for progress and the summary
 * @param keys      the natural key, after parent ids are mapped
 * @param id        the column the store numbers itself (mapped, not copied), or null
 * @param parents   column → table whose ids it holds
 * @param sameWhen  columns that must also match for a row with the same key to count as already there (else a
 *                  conflict: the team store's row is kept); empty when a same key is enough
 */
record CopyTable(String table, String label, List<String> keys, String id, Map<String, String> parents, List<String> sameWhen) {
    static CopyTable of(String table, String label, String keys) {
        return new CopyTable(table, label, List.of(keys.split(", ")), null, Map.of(), List.of());
    }

    CopyTable numbered(String idColumn) {
        return new CopyTable(table, label, keys, idColumn, parents, sameWhen);
    }

    CopyTable parent(String column, String parentTable) {
        var all = new java.util.LinkedHashMap<>(parents);
        all.put(column, parentTable);
        return new CopyTable(table, label, keys, id, Map.copyOf(all), sameWhen);
    }

    CopyTable sameWhen(String... columns) {
        return new CopyTable(table, label, keys, id, parents, List.of(columns));
    }

    /**
     * Every table a store has, in an order where parents come first. A new table must be added here (or to
     * {@link #NOT_COPIED} with the reason): {@code StoreCopyCoverageTest} fails until it is.
     */
    static final List<CopyTable> PLAN = List.of(
            of("prompt", "prompts", "name").numbered("id"),
            of("prompt_version", "prompt versions", "prompt_id, version").numbered("id").parent("prompt_id", "prompt")
                    .sameWhen("document_json", "commit_message", "author"),
            of("prompt_tag", "prompt tags", "prompt_id, tag").parent("prompt_id", "prompt"),
            of("version_tag", "version tags", "version_id, tag").parent("version_id", "prompt_version"),
            of("prompt_alias", "aliases", "prompt_id, alias").parent("prompt_id", "prompt").sameWhen("version"),
            of("alias_move", "alias moves", "prompt_id, alias, from_version, to_version, moved_at").numbered("id")
                    .parent("prompt_id", "prompt"),
            of("version_usage", "version uses", "version_id, kind, ref_id, used_at").numbered("id").parent("version_id", "prompt_version"),
            of("draft", "drafts", "id"),
            of("app_setting", "settings", "setting_key"),
            of("comparison", "comparisons", "title, created_at").numbered("id"),
            of("comparison_sample", "comparison outputs", "comparison_id, variant_id, row_id, sample_index").parent("comparison_id", "comparison"),
            of("comparison_score", "comparison scores", "comparison_id, variant_id, row_id, sample_index, position")
                    .parent("comparison_id", "comparison"),
            of("comparison_feedback", "comparison feedback", "comparison_id, variant_id, row_id").parent("comparison_id", "comparison"),
            of("run_log", "run-log entries", "id"),
            of("run_facts", "run figures", "run_id"),
            of("run_fact_blocks", "packed run figures", "first_at, last_at, row_count, run_ids").numbered("block_id"),
            of("run_feedback", "run feedback", "run_id"),
            of("judge_verdict", "judge verdicts", "run_id, judge"),
            of("study_answer", "study answers", "answered_at, question_id, mode").numbered("id"),
            of("study_exam_draft", "mock exams in progress", "slot"),
            of("dataset", "datasets", "name").numbered("id"),
            of("dataset_version", "dataset versions", "dataset_id, version").numbered("id").parent("dataset_id", "dataset")
                    .sameWhen("content_hash"),
            of("response_cache", "cached answers", "cache_key"),
            of("suite_run", "suite runs", "fingerprint, started_at").numbered("id"),
            of("suite_run_cell", "suite results", "run_id, cell_key").parent("run_id", "suite_run"),
            of("bundle_suite", "bundled suites", "name"),
            of("mcp_server", "MCP servers", "name"),
            of("run_trace", "tool-run traces", "id"),
            of("suite_history", "suite run history", "run_key, variant_index"));

    /** Tables a copy leaves alone, with why. */
    static final Map<String, String> NOT_COPIED = Map.of(
            "flyway_schema_history", "each store keeps its own migration history");
}

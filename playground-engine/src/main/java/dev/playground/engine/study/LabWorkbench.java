package dev.playground.engine.study;

import dev.playground.engine.context.SearchHit;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.run.RunOutcome;
import dev.playground.engine.runlog.RunRecord;
import java.util.List;
import java.util.Optional;

/**
 * What {@link LabCheck} needs from the rest of the app, each through the same service the window and the command
 * line use: running a prompt with the chosen connection, searching the handbook collections, reading the registry's
 * aliases and the run log, and asking a judge. The composition root implements it; tests hand in their own.
 * Methods may block; call {@link LabCheck} off the JavaFX thread.
 */
public interface LabWorkbench {

    /**
     * Runs {@code prompt} once with {@code values} on top of its own and waits for the answer; the run log files it
     * under {@code logName}. With a {@code collection}, retrieval fills {@code {{context}}} from it (the handbook is
     * indexed into it first if it is new); with null, the prompt's own retrieval settings apply.
     *
     * @throws Exception when nothing could be sent (no connection, a missing variable, a retrieval failure)
     */
    RunOutcome run(PromptDocument prompt, java.util.Map<String, String> values, LabCollection collection, String logName) throws Exception;

    /**
     * The top hits for a query in a handbook collection. A collection that does not exist yet is made with the
     * handbook in it and the chunking the lab starts from; an existing one keeps the chunking the student chose.
     */
    List<SearchHit> search(LabCollection collection, String query, int top) throws Exception;

    /** How many chunks the handbook collection holds (made first, as for {@link #search}, if it is new). */
    int chunkCount(LabCollection collection) throws Exception;

    /** The version the alias of a saved prompt points at, if it is set. */
    Optional<Integer> alias(String prompt, String alias) throws Exception;

    /** A saved version of a prompt. */
    Optional<PromptDocument> savedVersion(String prompt, int version) throws Exception;

    /** The run log's entries for a prompt name, newest first. */
    List<RunRecord> runs(String prompt) throws Exception;

    /**
     * Grades an answer with a judge model: {@code rubric} is a built-in rubric's id (groundedness, relevance,
     * correctness, safety) or a rule in plain words that the answer must follow.
     */
    Score judge(String rubric, String question, String answer, String context) throws Exception;
}

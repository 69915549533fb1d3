package dev.playground.store;

import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.runlog.RunRecord;
import java.util.List;
import java.util.Optional;

/** The run log in the store: the gateway records into it, History and {@code playground runs} read it. */
public interface RunRepository extends RunLog {
    /** Newest first. */
    List<RunRecord> find(RunQuery query);

    Optional<RunRecord> get(String id);

    int count();

    /**
     * Keeps a person's feedback on a run: {@code thumbs} +1 up, -1 down, 0 none; {@code rating} 1 to 5, 0 none.
     * False when no run has that id.
     */
    boolean feedback(String id, int thumbs, int rating);

    /** Keeps a judge's score (0 to 1) of a run; false when no run has that id. */
    boolean judged(String id, double score);

    /**
     * Every judge verdict on a call that also has a person's thumb or rating, of calls filed under {@code prompt}
     * (blank: every prompt): what the judge-versus-person agreement is computed from.
     */
    List<dev.playground.engine.compare.JudgeAgreements.Rated> judgedWithFeedback(String prompt);
}

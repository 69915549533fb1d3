-- Issue 13 (feedback lane). Each judge's verdict on a logged call (a suite's model-graded assertion, a Compare rubric),
-- so that a person's thumbs or rating on the same call (run_feedback) can be held against each judge: Cohen's kappa and
-- the confusion matrix per judge. score is 0-1, NULL when the judge said only pass or fail.
CREATE TABLE judge_verdict (
    run_id   VARCHAR(36) NOT NULL,
    judge    VARCHAR(200) NOT NULL,
    passed   BOOLEAN NOT NULL,
    score    DOUBLE PRECISION,
    CONSTRAINT judge_verdict_pk PRIMARY KEY (run_id, judge)
);

-- The history of suite runs per prompt: one row per finished (not stopped) run and variant, with the prompt version it
-- ran (0 for a file outside the store), its pass rate's counts and the mean of each named metric as a JSON object.
-- run_key is a UUID the run is kept under.
CREATE TABLE suite_history (
    run_key         VARCHAR(36) NOT NULL,
    variant_index   INT NOT NULL,
    suite_name      VARCHAR(400) NOT NULL,
    prompt_name     VARCHAR(200) NOT NULL,
    prompt_version  INT NOT NULL,
    alias           VARCHAR(200) NOT NULL,
    variant_label   VARCHAR(400) NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    total_cells     INT NOT NULL,
    passed_cells    INT NOT NULL,
    error_cells     INT NOT NULL,
    metrics_json    VARCHAR(8000) NOT NULL,
    CONSTRAINT suite_history_pk PRIMARY KEY (run_key, variant_index)
);
CREATE INDEX suite_history_prompt ON suite_history (prompt_name, finished_at);

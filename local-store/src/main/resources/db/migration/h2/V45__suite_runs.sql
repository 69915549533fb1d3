-- Evaluation suite runs (engine.suite.SuiteRunner): one row per run, and each finished cell (row x variant x sample)
-- as soon as it finishes, so an interrupted run can be completed with 'playground eval --resume'. fingerprint is a
-- SHA-256 of the plan (suite, variants, rows, assertions), so only the same suite on the same rows resumes a run.
CREATE TABLE suite_run (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    suite_name    VARCHAR(400) NOT NULL,
    fingerprint   VARCHAR(64) NOT NULL,
    total_cells   INT NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    pass_rate     DOUBLE PRECISION,
    passed        BOOLEAN
);
CREATE INDEX suite_run_fingerprint_idx ON suite_run (fingerprint, id);

CREATE TABLE suite_run_cell (
    run_id        BIGINT NOT NULL REFERENCES suite_run (id) ON DELETE CASCADE,
    cell_key      VARCHAR(40) NOT NULL,
    cell_json     CLOB NOT NULL,
    CONSTRAINT suite_run_cell_pk PRIMARY KEY (run_id, cell_key)
);

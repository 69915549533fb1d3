-- PostgreSQL twin of h2/V50 (BYTEA for VARBINARY, LENGTH for CHAR_LENGTH).
-- Monitoring (issue 18). The run log gains the saved version and alias a call ran (0 and '' when it ran a file
-- or a draft) and why it failed (error_kind: RATE_LIMITED, SERVER_ERROR, TIMEOUT, BLOCKED, CUT_STREAM, OTHER;
-- NULL when it did not fail).
ALTER TABLE run_log ADD COLUMN prompt_version INT DEFAULT 0 NOT NULL;
ALTER TABLE run_log ADD COLUMN alias VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE run_log ADD COLUMN error_kind VARCHAR(20);
UPDATE run_log SET error_kind = CASE status WHEN 'INCOMPLETE' THEN 'CUT_STREAM' WHEN 'ERROR' THEN 'OTHER' END;

-- The narrow projection the dashboard reads: one row per run_log row, written in the same transaction, with
-- no texts. cost_usd is NULL without a known price. For rows logged before V50, input_chars is the length of the
-- stored messages (JSON), an approximation. Older rows may be packed into run_fact_blocks (below) and leave this table.
CREATE TABLE run_facts (
    run_id          VARCHAR(36) PRIMARY KEY,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    model           VARCHAR(300) NOT NULL,
    connection_name VARCHAR(200) NOT NULL,
    prompt_name     VARCHAR(200) NOT NULL,
    prompt_version  INT NOT NULL,
    alias           VARCHAR(200) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    error_kind      VARCHAR(20),
    attempts        INT NOT NULL,
    input_tokens    INT NOT NULL,
    output_tokens   INT NOT NULL,
    latency_micros  BIGINT,
    ttft_micros     BIGINT,
    cost_usd        DOUBLE PRECISION,
    input_chars     INT NOT NULL,
    output_chars    INT NOT NULL,
    refused         BOOLEAN NOT NULL
);
CREATE INDEX run_facts_started_at ON run_facts (started_at);
-- run_facts rows packed column by column, a few thousand per block (the store's own binary layout, see
-- RunFactBlock), so a month of a million calls is read as a few hundred values rather than a million rows.
CREATE TABLE run_fact_blocks (
    block_id   BIGINT PRIMARY KEY,
    first_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    row_count  INT NOT NULL,
    facts      BYTEA NOT NULL,
    run_ids    BYTEA NOT NULL
);
CREATE INDEX run_fact_blocks_at ON run_fact_blocks (first_at, last_at);

-- What people and judges said about a run: thumbs +1/-1, rating 1-5, judge score 0-1 (NULL: not given).
CREATE TABLE run_feedback (
    run_id      VARCHAR(36) PRIMARY KEY,
    thumbs      SMALLINT,
    rating      SMALLINT,
    judge_score DOUBLE PRECISION
);

CREATE INDEX run_log_prompt_version ON run_log (prompt_name, prompt_version, started_at);

INSERT INTO run_facts (run_id, started_at, model, connection_name, prompt_name, prompt_version, alias, status, error_kind,
                       attempts, input_tokens, output_tokens, latency_micros, ttft_micros, cost_usd, input_chars, output_chars,
                       refused)
SELECT id, started_at, model, connection_name, prompt_name, 0, '', status, error_kind, attempts, input_tokens, output_tokens,
       latency_micros, ttft_micros, cost_usd, LENGTH(messages_json), LENGTH(output), FALSE
FROM run_log;

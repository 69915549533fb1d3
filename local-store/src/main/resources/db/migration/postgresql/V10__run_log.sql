-- PostgreSQL twin of h2/V10. Keys never reach this table.
CREATE TABLE run_log (
    id                    VARCHAR(36) PRIMARY KEY,
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    connection_id         VARCHAR(200) NOT NULL,
    connection_name       VARCHAR(200) NOT NULL,
    provider              VARCHAR(40) NOT NULL,
    model                 VARCHAR(300) NOT NULL,
    prompt_name           VARCHAR(200) NOT NULL,
    settings_json         TEXT NOT NULL,
    messages_json         TEXT NOT NULL,
    output                TEXT NOT NULL,
    finish_reason         VARCHAR(40) NOT NULL,
    status                VARCHAR(20) NOT NULL,
    input_tokens          INT NOT NULL,
    output_tokens         INT NOT NULL,
    tokens_reported       BOOLEAN NOT NULL,
    ttft_micros           BIGINT,
    latency_micros        BIGINT,
    cost_usd              DECIMAL(20, 10),
    error                 TEXT NOT NULL,
    cached                BOOLEAN NOT NULL,
    original_latency_micros BIGINT,
    attempts              INT NOT NULL
);
CREATE INDEX run_log_started_at ON run_log (started_at DESC);
CREATE INDEX run_log_model ON run_log (model);
CREATE INDEX run_log_prompt ON run_log (prompt_name);

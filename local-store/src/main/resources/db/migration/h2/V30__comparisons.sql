-- Issue 6: saved comparisons with every output, score and person's feedback.
CREATE TABLE comparison (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(300) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    samples      INT NOT NULL,
    -- Variants, rows, metric specs, rubrics and judge model as JSON: set-up only, never a key.
    setup_json   CLOB NOT NULL
);

CREATE TABLE comparison_sample (
    comparison_id   BIGINT NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
    variant_id      VARCHAR(100) NOT NULL,
    row_id          VARCHAR(100) NOT NULL,
    sample_index    INT NOT NULL,
    output          CLOB NOT NULL,
    finish_reason   VARCHAR(100) NOT NULL,
    input_tokens    INT NOT NULL,
    output_tokens   INT NOT NULL,
    tokens_reported BOOLEAN NOT NULL,
    ttft_ms         BIGINT,
    latency_ms      BIGINT,
    cost_usd        DOUBLE PRECISION,
    error           CLOB NOT NULL,
    context         CLOB NOT NULL,
    PRIMARY KEY (comparison_id, variant_id, row_id, sample_index)
);

CREATE TABLE comparison_score (
    comparison_id BIGINT NOT NULL,
    variant_id    VARCHAR(100) NOT NULL,
    row_id        VARCHAR(100) NOT NULL,
    sample_index  INT NOT NULL,
    position      INT NOT NULL,
    name          VARCHAR(2000) NOT NULL,
    score_value   DOUBLE PRECISION,
    passed        BOOLEAN,
    detail        CLOB NOT NULL,
    error         CLOB NOT NULL,
    PRIMARY KEY (comparison_id, variant_id, row_id, sample_index, position),
    FOREIGN KEY (comparison_id, variant_id, row_id, sample_index)
        REFERENCES comparison_sample(comparison_id, variant_id, row_id, sample_index) ON DELETE CASCADE
);

CREATE TABLE comparison_feedback (
    comparison_id BIGINT NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
    variant_id    VARCHAR(100) NOT NULL,
    row_id        VARCHAR(100) NOT NULL,
    thumb         VARCHAR(10) NOT NULL CHECK (thumb IN ('UP', 'DOWN', 'NONE')),
    rating        INT CHECK (rating BETWEEN 1 AND 5),
    comment       CLOB NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (comparison_id, variant_id, row_id)
);

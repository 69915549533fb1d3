-- Datasets and their immutable versions, like prompts. A version's rows are one JSON array in the MLflow
-- evaluation-record shape (engine.dataset.DatasetJson); the columns hold what lists and look-ups need.
-- content_hash (SHA-256 of the rows' JSON) lets a save of unchanged rows return the version already stored.
CREATE TABLE dataset (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    latest_version  INT NOT NULL DEFAULT 0,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT dataset_name_unique UNIQUE (name)
);
CREATE INDEX dataset_updated_idx ON dataset (updated_at DESC);

CREATE TABLE dataset_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    dataset_id      BIGINT NOT NULL REFERENCES dataset (id),
    version         INT NOT NULL,
    row_count       INT NOT NULL,
    rows_json       CLOB NOT NULL,
    content_hash    VARCHAR(64) NOT NULL,
    commit_message  VARCHAR(4000) NOT NULL,
    author          VARCHAR(200) NOT NULL,
    source          VARCHAR(1000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT dataset_version_unique UNIQUE (dataset_id, version)
);

-- The gateway's response cache: finished answers keyed by a SHA-256 of everything sent (provider kind, base URL
-- without credentials, model, parameters, messages). Only the digest and the answer are kept: no key, no request text.
CREATE TABLE response_cache (
    cache_key     VARCHAR(64) PRIMARY KEY,
    result_json   CLOB NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX response_cache_used_idx ON response_cache (last_used_at);

-- Prompts and their immutable versions. A version's document (messages, model, settings,
-- variable values) is JSON so new fields need no schema change; columns hold what we query.
CREATE TABLE prompt (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT prompt_name_unique UNIQUE (name)
);

CREATE TABLE prompt_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    prompt_id       BIGINT NOT NULL REFERENCES prompt (id),
    version         INT NOT NULL,
    document_json   CLOB NOT NULL,
    commit_message  VARCHAR(4000) NOT NULL,
    author          VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT prompt_version_unique UNIQUE (prompt_id, version)
);

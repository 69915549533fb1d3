-- The prompt registry: tags, movable aliases with their history, archiving and lineage.
-- The prompt row also caches what the library lists and searches, so a search over
-- thousands of prompts reads one table instead of joining every version.
ALTER TABLE prompt ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE prompt ADD COLUMN latest_version INT NOT NULL DEFAULT 0;
ALTER TABLE prompt ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
-- Lower-case name and message text of the latest version. Rows saved before this schema get
-- their document JSON until their next save, which still finds every word of their messages.
ALTER TABLE prompt ADD COLUMN search_text CHARACTER VARYING(1000000) NOT NULL DEFAULT '';

UPDATE prompt p SET
    latest_version = (SELECT COALESCE(MAX(v.version), 0) FROM prompt_version v WHERE v.prompt_id = p.id),
    updated_at = COALESCE((SELECT MAX(v.created_at) FROM prompt_version v WHERE v.prompt_id = p.id), p.created_at);
UPDATE prompt p SET search_text = LOWER(p.name || ' ' || COALESCE(
    (SELECT CAST(v.document_json AS CHARACTER VARYING(1000000)) FROM prompt_version v
     WHERE v.prompt_id = p.id AND v.version = p.latest_version), ''));
ALTER TABLE prompt ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX prompt_updated_idx ON prompt (updated_at DESC);

-- Extra sections a version carries from an import or a feature (judge settings, scores,
-- fields of a foreign format we do not model): kept as JSON so nothing is dropped.
ALTER TABLE prompt_version ADD COLUMN extras_json CLOB;

CREATE TABLE prompt_tag (
    prompt_id  BIGINT NOT NULL REFERENCES prompt (id),
    tag        VARCHAR(100) NOT NULL,
    PRIMARY KEY (prompt_id, tag)
);
CREATE INDEX prompt_tag_tag_idx ON prompt_tag (tag);

CREATE TABLE version_tag (
    version_id  BIGINT NOT NULL REFERENCES prompt_version (id),
    tag         VARCHAR(100) NOT NULL,
    PRIMARY KEY (version_id, tag)
);

CREATE TABLE prompt_alias (
    prompt_id   BIGINT NOT NULL REFERENCES prompt (id),
    alias       VARCHAR(100) NOT NULL,
    version     INT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (prompt_id, alias)
);
CREATE INDEX prompt_alias_alias_idx ON prompt_alias (alias);

-- Every alias move: from_version is null when the alias is created, to_version null when removed.
CREATE TABLE alias_move (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    prompt_id     BIGINT NOT NULL REFERENCES prompt (id),
    alias         VARCHAR(100) NOT NULL,
    from_version  INT,
    to_version    INT,
    moved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    moved_by      VARCHAR(200) NOT NULL
);
CREATE INDEX alias_move_prompt_idx ON alias_move (prompt_id, alias);

-- Runs and comparisons that used a version. The features that own runs and comparisons fill
-- it; ref_id is their own identifier, so this table needs no foreign key into their tables.
CREATE TABLE version_usage (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT NOT NULL REFERENCES prompt_version (id),
    kind        VARCHAR(40) NOT NULL,
    ref_id      VARCHAR(200) NOT NULL,
    label       VARCHAR(1000) NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX version_usage_version_idx ON version_usage (version_id, used_at DESC);

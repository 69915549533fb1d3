-- Every write to a prompt, its tags or its aliases takes the next number, so the library's
-- in-memory search index reloads only what changed (also when another process wrote it).
CREATE SEQUENCE prompt_change_seq START WITH 1;
ALTER TABLE prompt ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0;
UPDATE prompt SET change_seq = NEXT VALUE FOR prompt_change_seq;
CREATE INDEX prompt_change_seq_idx ON prompt (change_seq);

-- PostgreSQL twin of h2/V41: every write to a prompt takes the next number (nextval instead of NEXT VALUE FOR).
CREATE SEQUENCE prompt_change_seq START WITH 1;
ALTER TABLE prompt ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0;
UPDATE prompt SET change_seq = nextval('prompt_change_seq');
CREATE INDEX prompt_change_seq_idx ON prompt (change_seq);

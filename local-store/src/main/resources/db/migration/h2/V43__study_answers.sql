-- Study progress: every answer a student gives in practice, a weak-spots review or a mock exam, with its time.
-- The section and topic are copied from the question so progress reads without the bank; chosen holds the
-- 0-based options picked, comma-separated ('' when skipped).
CREATE TABLE study_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    question_id  VARCHAR(40) NOT NULL,
    section      INT NOT NULL,
    topic        VARCHAR(20) NOT NULL,
    chosen       VARCHAR(40) NOT NULL,
    correct      BOOLEAN NOT NULL,
    mode         VARCHAR(20) NOT NULL
);
CREATE INDEX study_answer_answered_at ON study_answer (answered_at);

-- The mock exam in progress, kept so that closing the app does not lose it (one row: a new exam replaces it).
-- question_ids: the questions in the order drawn, comma-separated; answers: the 0-based options chosen per question,
-- comma-separated, questions separated by ';' ('' while unanswered); flags: the flagged 0-based positions.
-- remaining_ms is the time left when it was kept: the clock stands still while the app is closed.
CREATE TABLE study_exam_draft (
    slot          INT PRIMARY KEY,
    question_ids  VARCHAR(4000) NOT NULL,
    answers       VARCHAR(4000) NOT NULL,
    flags         VARCHAR(1000) NOT NULL,
    position      INT NOT NULL,
    time_limit_ms BIGINT NOT NULL,
    remaining_ms  BIGINT NOT NULL,
    kept_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

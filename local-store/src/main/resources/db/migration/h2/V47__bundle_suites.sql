-- Evaluation suites imported with a bundle (suites/NAME.suite.yaml, decisions 0082 and 0083), kept exactly as
-- written so an export writes them back: import and export round-trip a bundle's suites.
CREATE TABLE bundle_suite (
    name        VARCHAR(200) PRIMARY KEY,
    yaml        CLOB NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- PostgreSQL twin of h2/V47: evaluation suites imported with a bundle, kept exactly as written.
CREATE TABLE bundle_suite (
    name        VARCHAR(200) PRIMARY KEY,
    yaml        TEXT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

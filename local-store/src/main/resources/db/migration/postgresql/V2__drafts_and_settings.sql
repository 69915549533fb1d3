-- PostgreSQL twin of h2/V2.
CREATE TABLE draft (
    id             VARCHAR(100) PRIMARY KEY,
    prompt_name    VARCHAR(200),
    document_json  TEXT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_setting (
    setting_key    VARCHAR(200) PRIMARY KEY,
    setting_value  TEXT NOT NULL
);

-- The open draft autosaves here, so closing the window never loses what was typed.
CREATE TABLE draft (
    id             VARCHAR(100) PRIMARY KEY,
    prompt_name    VARCHAR(200),
    document_json  CLOB NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Plain preferences (language, theme, connections without their keys). Never secrets.
CREATE TABLE app_setting (
    setting_key    VARCHAR(200) PRIMARY KEY,
    setting_value  CLOB NOT NULL
);

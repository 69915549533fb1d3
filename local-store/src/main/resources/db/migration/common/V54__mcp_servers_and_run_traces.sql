-- Issue 20 (tools lane, decision 0093). Tool definitions need no table: they live in each prompt version's document
-- (document_json), versioned and immutable with it like settings and test inputs.
-- MCP servers the person connected: a command over standard input/output or a URL over streamable HTTP.
-- command_json: the command line as a JSON array of words (stdio); url: the endpoint (http);
-- header_names_json: the names of the headers sent with each request, as a JSON array; their values are secrets and
-- live in the keychain (account "mcp:<name>:<header>"), never here.
CREATE TABLE mcp_server (
    name              VARCHAR(100) PRIMARY KEY,
    transport         VARCHAR(10) NOT NULL,
    command_json      VARCHAR,
    url               VARCHAR(2000),
    header_names_json VARCHAR,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A run with tools as a trace: its spans (model calls, tool calls and their results) with timing, tokens and cost,
-- as JSON (engine.trace.TraceJson). run_ids: the run_log ids of its model calls, comma-separated.
CREATE TABLE run_trace (
    id           VARCHAR(64) PRIMARY KEY,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    prompt_name  VARCHAR(200) NOT NULL,
    steps        INT NOT NULL,
    outcome      VARCHAR(40) NOT NULL,
    run_ids      VARCHAR,
    trace_json   VARCHAR NOT NULL
);
CREATE INDEX run_trace_started ON run_trace (started_at);

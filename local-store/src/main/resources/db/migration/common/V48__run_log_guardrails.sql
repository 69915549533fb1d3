-- Issue 17: what the guardrails found in each call, as 'on:rail:kind:action' joined by ';'
-- (e.g. 'prompt:pii:EMAIL:mask;prompt:injection:INJECTION:block'). Never the matched text itself.
-- Connections' guardrail policies live in the settings table (key 'connection-guardrails'), beside their timeouts.
ALTER TABLE run_log ADD COLUMN guardrails VARCHAR(1000000) DEFAULT '' NOT NULL;

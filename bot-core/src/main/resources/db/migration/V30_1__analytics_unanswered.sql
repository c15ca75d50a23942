-- The unanswered questions rolled up daily too (issue 15): a year's analytics no longer joins every fallback to the
-- question before it (≈ 78,000 a year; 3.5 s and more on H2). One row per day, group (the lemma key of the redacted
-- wording) and wording: the resident's text with personal data taken out by the PersonalDataRedactor before it is
-- written, and the number of times it got a fallback that day. Residents' words are kept here no longer than the
-- transcripts: the retention job deletes a day's rows once the day is older than kck.privacy.retention.conversations.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
CREATE TABLE analytics_unanswered (
    on_day    DATE          NOT NULL,
    group_key VARCHAR(400)  NOT NULL,
    wording   VARCHAR(8000) NOT NULL,
    asked     BIGINT        NOT NULL
);
CREATE INDEX analytics_unanswered_by_day ON analytics_unanswered (on_day, group_key);

-- Days rolled up before this migration have no unanswered rows: they are rolled up again (from the raw messages,
-- whose anonymised bodies are empty and count for nothing) the next time analytics or the daily job runs.
DELETE FROM analytics_messages;
DELETE FROM analytics_contacts;
DELETE FROM analytics_hours;
DELETE FROM analytics_articles;
DELETE FROM analytics_day;

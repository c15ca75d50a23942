-- "Moje zgłoszenia" and the public list of reports (issue 14, items 4 and 5).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- The conversations a Telegram chat had before /start began a new one, so that /moje still lists the
-- reports filed from that chat. Dropped with the chat link (erasure) and with the conversation (retention).
CREATE TABLE telegram_chat_past (
    chat_id         BIGINT                   NOT NULL,
    conversation_id VARCHAR(36)              NOT NULL REFERENCES conversation (id),
    ended_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (chat_id, conversation_id)
);

CREATE INDEX telegram_chat_past_by_conversation ON telegram_chat_past (conversation_id);

-- The district of each report for the public list's filter, worked out from its address with the
-- district gazetteer (faq-corpus/reports/districts.tsv); district NULL when the gazetteer does not know the
-- place. Rows of another gazetteer version are worked out again.
CREATE TABLE report_district (
    report_id BIGINT      NOT NULL PRIMARY KEY REFERENCES report (id),
    district  VARCHAR(8),
    gazetteer VARCHAR(64) NOT NULL
);

CREATE INDEX report_district_by_district ON report_district (district);

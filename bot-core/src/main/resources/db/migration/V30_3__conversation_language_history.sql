-- When a conversation's language changed (issue 15): analytics counts a closed day in the language each conversation
-- was served in at the end of that day, whenever the day is rolled up, and today in the language it has now. One row
-- per change (the first identification included); conversation.lang stays the current one.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
CREATE TABLE conversation_language (
    conversation_id VARCHAR(36)              NOT NULL REFERENCES conversation (id),
    lang            VARCHAR(8)               NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conversation_language_by_conversation ON conversation_language (conversation_id, changed_at);
-- Conversations identified before this migration: their present language, as if from their start (what the
-- analytics assumed so far).
INSERT INTO conversation_language (conversation_id, lang, changed_at) SELECT id, lang, created_at FROM conversation WHERE lang IS NOT NULL;

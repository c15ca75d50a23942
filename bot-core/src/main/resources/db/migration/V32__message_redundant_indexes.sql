-- Every message written updates each index of the message table (two per turn: the question and the reply), and
-- two of them repeated others (issue 17): message_conversation had the columns of the unique constraint
-- message_seq_unique, (conversation_id, seq), and message_by_kind (kind, created_at, conversation_id) is the start
-- of message_fallbacks (kind, created_at, conversation_id, seq), which serves every query it served. One unique
-- index on (conversation_id, seq) now keeps the numbering (no two messages of a conversation share a number)
-- and serves the reads by conversation; the name message_conversation stays, since the last reply is read along it
-- by name on H2 (ConversationRepository.lastBy). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
DROP INDEX message_by_kind;
DROP INDEX message_conversation;
ALTER TABLE message DROP CONSTRAINT message_seq_unique;
CREATE UNIQUE INDEX message_conversation ON message (conversation_id, seq);

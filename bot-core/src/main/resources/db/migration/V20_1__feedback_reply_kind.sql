-- The kind of the reply a resident rated, kept with the rating (issue 15), so that the analytics count ratings by
-- reply kind without reading a million-row message table for each of them. Portable SQL (H2 2.x, PostgreSQL 13+).
ALTER TABLE feedback ADD COLUMN reply_kind VARCHAR(16);
UPDATE feedback SET reply_kind = (SELECT m.kind FROM message m WHERE m.id = feedback.message_id) WHERE message_id IS NOT NULL;

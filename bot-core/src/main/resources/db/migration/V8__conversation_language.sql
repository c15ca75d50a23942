-- The language a conversation is served in (issue 13): pl, uk or en; null until the resident has written
-- something with a language (the service then serves Polish).
ALTER TABLE conversation ADD COLUMN lang VARCHAR(8);

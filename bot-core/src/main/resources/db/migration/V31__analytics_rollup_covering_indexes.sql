-- The daily roll-ups read for a period (issue 15): each day index of V20 becomes an index holding every column its
-- query reads, so a year (≈ 12,000 + 9,000 + 57,000 rows of messages, hours and articles) is read from the index alone,
-- in day order, instead of fetching each row from the table (on H2's file, a page per few rows, written interleaved
-- with the raw tables while the days were rolled up): on the bench's year a third to a half of the CPU of these reads
-- the first time. analytics_unanswered keeps its index of V30_1: a wording may be up to 8,000 characters, longer than
-- PostgreSQL's B-tree takes in an index entry. Portable SQL (H2 2.x, PostgreSQL 13+).
DROP INDEX analytics_messages_by_day;
CREATE INDEX analytics_messages_by_day ON analytics_messages (on_day, channel, lang, author, kind, messages);
DROP INDEX analytics_contacts_by_day;
CREATE INDEX analytics_contacts_by_day ON analytics_contacts (on_day, channel, lang, started, contacts, contained, handed_over,
    repeated_misses);
DROP INDEX analytics_hours_by_day;
CREATE INDEX analytics_hours_by_day ON analytics_hours (on_day, at_hour, started);
DROP INDEX analytics_articles_by_day;
CREATE INDEX analytics_articles_by_day ON analytics_articles (on_day, article_id, topic, answers);

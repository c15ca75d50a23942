-- Daily roll-ups of the analytics (issue 15): what a closed day of the contact centre's time zone held, counted
-- once, so that a year is read from a few thousand rows instead of a million messages. A day is rolled up in
-- one transaction that first inserts its analytics_day row (the primary key keeps two nodes from rolling the
-- same day twice); the current day is always counted live from the raw tables.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- The days rolled up, with the time zone their boundaries were taken in.
CREATE TABLE analytics_day (
    on_day     DATE                     NOT NULL PRIMARY KEY,
    zone_id    VARCHAR(64)              NOT NULL,
    rolled_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Messages written that day by channel, the conversation's language, author and reply kind ('' for none).
CREATE TABLE analytics_messages (
    on_day   DATE        NOT NULL,
    channel  VARCHAR(32) NOT NULL,
    lang     VARCHAR(8)  NOT NULL,
    author   VARCHAR(16) NOT NULL,
    kind     VARCHAR(16) NOT NULL,
    messages BIGINT      NOT NULL
);
CREATE INDEX analytics_messages_by_day ON analytics_messages (on_day);

-- Contacts: a conversation with messages that day. Started: its first message was written that day. Contained:
-- no handoff asked that day and fewer than two fallbacks that day.
CREATE TABLE analytics_contacts (
    on_day          DATE        NOT NULL,
    channel         VARCHAR(32) NOT NULL,
    lang            VARCHAR(8)  NOT NULL,
    started         BIGINT      NOT NULL,
    contacts        BIGINT      NOT NULL,
    contained       BIGINT      NOT NULL,
    handed_over     BIGINT      NOT NULL,
    repeated_misses BIGINT      NOT NULL
);
CREATE INDEX analytics_contacts_by_day ON analytics_contacts (on_day);

-- Conversations started in each local hour of the day (the weekday × hour load map).
CREATE TABLE analytics_hours (
    on_day  DATE     NOT NULL,
    at_hour SMALLINT NOT NULL,
    started BIGINT   NOT NULL
);
CREATE INDEX analytics_hours_by_day ON analytics_hours (on_day);

-- Answers that showed each article that day.
CREATE TABLE analytics_articles (
    on_day     DATE         NOT NULL,
    article_id VARCHAR(128) NOT NULL,
    topic      VARCHAR(64),
    answers    BIGINT       NOT NULL
);
CREATE INDEX analytics_articles_by_day ON analytics_articles (on_day, article_id);

-- The raw queries that stay: the questions a fallback answered (residents' words are never rolled up, so
-- anonymisation keeps working) read the fallbacks of a period and the message before each.
CREATE INDEX message_fallbacks ON message (kind, created_at, conversation_id, seq);

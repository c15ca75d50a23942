-- What a conversation is about (issue 12), kept with it so that a restart loses nothing: the current
-- subject (article, topic, the resident's words that named it), the facet last asked (cost, time, place…)
-- and the last report filed. The options on screen are the last assistant message's (message.data).
CREATE TABLE dialogue_state (
    conversation_id VARCHAR(36)              NOT NULL PRIMARY KEY REFERENCES conversation (id),
    subject_article VARCHAR(200),
    subject_topic   VARCHAR(100),
    subject_words   VARCHAR(2000),
    facet           VARCHAR(40),
    last_report     VARCHAR(40),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

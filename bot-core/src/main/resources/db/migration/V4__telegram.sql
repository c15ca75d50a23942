-- Telegram chats and the conversation each one continues (a chat keeps its conversation across restarts).
CREATE TABLE telegram_chat (
    chat_id         BIGINT                   NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(36)              NOT NULL REFERENCES conversation (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX telegram_chat_conversation ON telegram_chat (conversation_id);

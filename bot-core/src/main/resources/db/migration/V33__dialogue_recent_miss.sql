-- The subject words of the last question no article answered while the conversation had no subject (issue 12):
-- a message right after it that points back and names no thing of its own ("а що робити коли прийду?", "and for
-- me?") is read with them, rather than answered on its own from a verb or a number.
ALTER TABLE dialogue_state ADD COLUMN missed_words VARCHAR(2000);

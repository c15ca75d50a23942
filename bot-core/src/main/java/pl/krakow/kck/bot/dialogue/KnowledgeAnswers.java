package pl.krakow.kck.bot.dialogue;

import java.util.List;

/** The knowledge base's reply to a message: what a flow (the report form) asks when a resident's words are a question. */
@FunctionalInterface
public interface KnowledgeAnswers {

    Reply reply(String text, String choice, List<Reply.Option> offered);

    /**
     * The reply read against the conversation's dialogue state, and the state after it (a follow-up reads its
     * subject, an answer becomes the subject). By default the reply as to a first message, the state unchanged.
     */
    default DialogueEngine.Turn turn(String text, String choice, List<Reply.Option> offered, DialogueState state) {
        return new DialogueEngine.Turn(reply(text, choice, offered), state);
    }
}

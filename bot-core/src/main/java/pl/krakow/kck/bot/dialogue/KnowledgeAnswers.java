package pl.krakow.kck.bot.dialogue;

import java.util.List;

/** The knowledge base's reply to a message: what a flow (the report form) asks when a resident's words are a question. */
@FunctionalInterface
public interface KnowledgeAnswers {

    Reply reply(String text, String choice, List<Reply.Option> offered);
}

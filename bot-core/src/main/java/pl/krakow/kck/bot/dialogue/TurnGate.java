package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * Who answers a resident's message: the dialogue engine, or something that takes the conversation over
 * (the handoff to consultants, {@code pl.krakow.kck.bot.handoff.Handoffs}).
 */
public interface TurnGate {

    /** No takeover: the engine always answers. */
    TurnGate ENGINE = (question, text, choice, offered, formOpen, engine) -> Optional.of(engine.get());

    /**
     * @param question the resident's message, already stored
     * @param offered  the options of the assistant's previous reply
     * @param formOpen whether a form is being filled in in the conversation ({@link ConversationFlow#formOpen}):
     *                 a question after what is being reported is the form's, not a personal case for a consultant
     * @param engine   the dialogue engine's reply, worked out only when asked for
     * @return the reply to store and send, or empty when the assistant must stay silent because a consultant
     *         (or the queue for one) has the conversation
     */
    Optional<Reply> reply(StoredMessage question, String text, String choice, List<Reply.Option> offered, boolean formOpen,
                          Supplier<Reply> engine);

    /** The dialogue state after the gate's (or the engine's) reply: by default what the turn left. */
    default DialogueState after(Reply reply, DialogueState state) {
        return state;
    }
}

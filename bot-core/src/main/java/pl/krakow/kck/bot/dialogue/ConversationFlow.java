package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A conversation that needs memory across turns (a form being filled in), consulted by
 * {@link AssistantService} after the resident's message is stored and before {@link DialogueEngine}
 * answers. It takes the turn by returning a reply, or lets the engine answer by returning empty.
 */
@FunctionalInterface
public interface ConversationFlow {

    /** No flow: the engine answers every turn. */
    ConversationFlow NONE = (conversationId, text, choice, offered) -> Optional.empty();

    /**
     * @param text    what the resident typed (may be empty when a choice is given)
     * @param choice  an option id the resident picked, or null
     * @param offered the options of the assistant's previous reply
     */
    Optional<Reply> reply(String conversationId, String text, String choice, List<Reply.Option> offered);

    /**
     * Whether a form is being filled in in the conversation (a report not yet sent): the handoff gate leaves a
     * question after it ("co się dzieje z moim zgłoszeniem?") to the form. By default none is.
     */
    default boolean formOpen(String conversationId) {
        return false;
    }

    /**
     * Runs a whole turn (the handoff gate, this flow, the engine) in the resident's language; a flow that
     * knows the language binds {@link pl.krakow.kck.bot.text.Lang#resident()} around it.
     */
    default <T> T inLanguage(String conversationId, String text, String choice, Supplier<T> turn) {
        return turn.get();
    }

    /**
     * A typed input (a place, a photo, a command as well as text or a choice); a flow that understands more
     * than words overrides this. By default it reads the input's text and choice.
     */
    default Optional<Reply> reply(String conversationId, Input input, List<Reply.Option> offered) {
        return reply(conversationId, input.text(), input.choice(), offered);
    }

    /**
     * The conversation's dialogue state as this turn reads it (asked inside {@link #inLanguage}): a flow that
     * serves several languages restates the subject when the conversation has changed language. By default
     * the state as stored.
     */
    default DialogueState read(String conversationId, DialogueState state) {
        return state;
    }

    /**
     * A typed input read against the conversation's dialogue state: the reply and the state after it, or empty
     * to let the engine answer. A flow that answers from the knowledge base itself (the Ukrainian and English
     * engines) carries the state on; by default a flow's reply leaves it as it was.
     */
    default Optional<DialogueEngine.Turn> turn(String conversationId, Input input, List<Reply.Option> offered, DialogueState state) {
        return reply(conversationId, input, offered).map(reply -> new DialogueEngine.Turn(reply, state));
    }
}

package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.Conversation;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * A conversation turn as every channel runs it: store what the resident wrote (first, so that it is
 * never lost), work out the reply, store the reply, return both.
 */
public final class AssistantService {

    private final ConversationRepository conversations;
    private final DialogueEngine engine;
    private final ConversationEvents events;
    private final ConversationFlow flow;

    public AssistantService(ConversationRepository conversations, DialogueEngine engine, ConversationEvents events) {
        this(conversations, engine, events, ConversationFlow.NONE);
    }

    /** With a flow (e.g. the problem report) that may take a turn before the engine answers. */
    public AssistantService(ConversationRepository conversations, DialogueEngine engine, ConversationEvents events,
                            ConversationFlow flow) {
        this.conversations = conversations;
        this.engine = engine;
        this.events = events;
        this.flow = flow;
    }

    public ConversationEvents events() {
        return events;
    }

    /** One exchange: the resident's message as stored and the assistant's reply as stored. */
    public record Exchange(StoredMessage question, Reply reply, StoredMessage answer) {
    }

    public Conversation start(String channel) {
        return conversations.create(channel);
    }

    public Optional<Conversation> conversation(String id) {
        return conversations.find(id);
    }

    public List<StoredMessage> transcript(String id) {
        return conversations.transcript(id);
    }

    /**
     * Runs one turn; empty when the conversation does not exist.
     *
     * @param text   what the resident typed, already validated
     * @param choice an option id from the previous reply, or null
     */
    public Optional<Exchange> post(String conversationId, String text, String choice) {
        List<Reply.Option> offered = conversations.lastBy(conversationId, Author.ASSISTANT)
                .map(m -> ReplyJson.options(m.data()))
                .orElse(List.of());
        String shown = choice == null ? text : labelOf(choice, offered, text);
        Optional<StoredMessage> question = conversations.append(conversationId, Author.RESIDENT, null, shown, null);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        events.publish(question.get());
        Reply reply = flow.reply(conversationId, text, choice, offered).orElseGet(() -> engine.reply(text, choice, offered));
        StoredMessage answer = conversations.append(conversationId, Author.ASSISTANT, reply.kind().wire(), reply.text(),
                ReplyJson.toJson(reply).toString()).orElseThrow();
        events.publish(answer);
        return Optional.of(new Exchange(question.get(), reply, answer));
    }

    private static String labelOf(String choice, List<Reply.Option> offered, String text) {
        if (text != null && !text.isBlank()) {
            return text;
        }
        return offered.stream().filter(o -> o.id().equals(choice)).map(Reply.Option::label).findFirst().orElse(choice);
    }
}

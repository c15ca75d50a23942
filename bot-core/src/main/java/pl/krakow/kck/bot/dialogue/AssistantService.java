package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.SearchMemo;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.Conversation;
import pl.krakow.kck.bot.storage.ConversationLanguages;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.GroupCommit;
import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * A conversation turn as every channel runs it: store what the resident wrote (first, so that it is
 * never lost), work out the reply, store the reply, return both.
 */
public final class AssistantService {

    private final ConversationRepository conversations;
    private final DialogueEngine engine;
    private final ConversationEvents events;
    private final TurnGate gate;
    private final ConversationFlow flow;
    private final DialogueStateRepository states;

    public AssistantService(ConversationRepository conversations, DialogueEngine engine, ConversationEvents events) {
        this(conversations, engine, events, TurnGate.ENGINE, ConversationFlow.NONE);
    }

    /** @param gate decides whether the engine answers (the handoff to consultants takes conversations over) */
    public AssistantService(ConversationRepository conversations, DialogueEngine engine, ConversationEvents events, TurnGate gate) {
        this(conversations, engine, events, gate, ConversationFlow.NONE);
    }

    /** With a flow (e.g. the problem report) that may take a turn before the engine answers. */
    public AssistantService(ConversationRepository conversations, DialogueEngine engine, ConversationEvents events,
                            ConversationFlow flow) {
        this(conversations, engine, events, TurnGate.ENGINE, flow);
    }

    /**
     * @param gate first say: a conversation a consultant has (or is queued for) is not answered by the bot
     * @param flow then a flow in progress (the problem report) takes the turn; otherwise the engine answers
     */
    public AssistantService(ConversationRepository conversations, DialogueEngine engine, ConversationEvents events,
                            TurnGate gate, ConversationFlow flow) {
        this.conversations = conversations;
        this.engine = engine;
        this.events = events;
        this.gate = gate;
        this.flow = flow;
        this.states = new DialogueStateRepository(conversations.database(), conversations.clock());
    }

    public ConversationEvents events() {
        return events;
    }

    /**
     * One exchange: the resident's message as stored and the assistant's reply as stored; {@code reply} and
     * {@code answer} are null when the assistant stays silent because a consultant (or the queue) has the
     * conversation.
     */
    public record Exchange(StoredMessage question, Reply reply, StoredMessage answer) {
    }

    /**
     * A conversation whose language is known before its first message (Telegram's {@code language_code}): the
     * prior the first messages are identified against.
     */
    public Conversation start(String channel, Language language) {
        Conversation conversation = conversations.create(channel);
        new ConversationLanguages(conversations.database(), conversations.clock()).save(conversation.id(), language);
        return conversation;
    }

    /** The language the conversation is served in, once known. */
    public Optional<Language> language(String conversationId) {
        return new ConversationLanguages(conversations.database()).find(conversationId);
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
        return post(conversationId, Input.of(text, choice));
    }

    /**
     * Runs one turn of any input (text, choice, place, photo, command); empty when the conversation does not exist.
     * What the turn stores (the question, the reply, the dialogue state, the language) is written to disk once,
     * before this returns, also when the turn fails after the question was stored.
     */
    public Optional<Exchange> post(String conversationId, Input input) {
        // the question and the reply go to the conversation's subscribers once they are on disk, never before: a
        // crash in between must not leave a tab showing a reply the conversation does not have. Where a commit is
        // durable when it returns (PostgreSQL) each goes out at once; on an H2 file, after the turn's one write
        List<StoredMessage> stored = new ArrayList<>(2);
        try {
            // a message's repeated searches (alone, as a follow-up, in the report flow...) run once
            return conversations.database().committedTogether(() -> SearchMemo.during(() -> turn(conversationId, input, stored)));
        } finally {
            stored.forEach(events::publish);
        }
    }

    private Optional<Exchange> turn(String conversationId, Input input, List<StoredMessage> stored) {
        List<Reply.Option> offered = conversations.lastBy(conversationId, Author.ASSISTANT)
                .map(m -> ReplyJson.options(m.data()))
                .orElse(List.of());
        String text = input.text();
        String choice = input.choice();
        String shown = choice == null ? input.shown() : labelOf(choice, offered, text);
        Optional<StoredMessage> question = conversations.append(conversationId, Author.RESIDENT, null, shown, null);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        tell(question.get(), stored);
        DialogueState state = states.find(conversationId);
        String routed = input instanceof Input.Text ? AfterCare.statusRequest(text, choice, state).orElse(text) : text;
        Input turnInput = routed.equals(text) ? input : new Input.Text(routed);
        DialogueState[] after = {state};
        Optional<Reply> gated = flow.inLanguage(conversationId, routed, choice, () -> {
            DialogueState read = flow.read(conversationId, state);
            after[0] = read;
            return gate.reply(question.get(), routed, choice, offered, flow.formOpen(conversationId), () -> {
                DialogueEngine.Turn turn = flow.turn(conversationId, turnInput, offered, read)
                        .orElseGet(() -> engine.turn(routed, choice, offered, read));
                after[0] = turn.state();
                return turn.reply();
            });
        });
        if (gated.isEmpty()) {
            return Optional.of(new Exchange(question.get(), null, null));
        }
        Reply reply = gated.get();
        DialogueState next = gate.after(reply, AfterCare.filed(reply).map(after[0]::withLastReport).orElse(after[0]));
        String data = ReplyJson.toJson(reply).toString();
        // the reply and the dialogue state after it in one transaction: one commit, stored together or not at all
        StoredMessage answer = conversations.inTransaction(c -> {
            if (!next.equals(state)) {
                states.save(c, conversationId, next);
            }
            return conversations.append(c, conversationId, Author.ASSISTANT, reply.kind().wire(), reply.text(), data);
        }).orElseThrow();
        tell(answer, stored);
        return Optional.of(new Exchange(question.get(), reply, answer));
    }

    /** Publishes a stored message now if it is on disk, else once the turn's commits are written. */
    private void tell(StoredMessage message, List<StoredMessage> later) {
        if (GroupCommit.awaitingWrite()) {
            later.add(message);
        } else {
            events.publish(message);
        }
    }

    private static String labelOf(String choice, List<Reply.Option> offered, String text) {
        if (text != null && !text.isBlank()) {
            return text;
        }
        return offered.stream().filter(o -> o.id().equals(choice)).map(Reply.Option::label).findFirst().orElse(choice);
    }
}

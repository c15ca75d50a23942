package pl.krakow.kck.bot.handoff;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.DialogueState;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.dialogue.SmallTalk;
import pl.krakow.kck.bot.dialogue.TurnGate;
import pl.krakow.kck.bot.dialogue.WhileWaiting;
import pl.krakow.kck.bot.feedback.ResidentFeedback;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.Conversation;
import pl.krakow.kck.bot.storage.ConversationLanguages;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * The handoff to consultants, on the assistant's side. As the {@link TurnGate} of every turn it keeps the
 * assistant silent while the queue or a consultant has the conversation, runs the consent question and
 * the after-hours callback request, and offers a consultant when a rule fires. As the {@link ResidentSide}
 * of the protocol it applies what the consultants' side does (claim, messages, transfer, close) to the
 * conversation: one atomic transition of the case each, and a message telling the resident.
 */
public final class Handoffs implements TurnGate, ResidentSide {

    private static final Logger LOG = Logger.getLogger(Handoffs.class.getName());

    private final ConversationRepository conversations;
    private final ConversationEvents events;
    private final HandoffRepository cases;
    private final HandoffEvents caseEvents;
    private final ConsultantDesk desk;
    private final HandoffTriggers triggers;
    private final HandoffOffers offers;
    private final InfolineHours hours;
    private final Clock clock;

    private final ConversationLanguages languages;

    public Handoffs(ConversationRepository conversations, ConversationEvents events, HandoffRepository cases,
                    HandoffEvents caseEvents, ConsultantDesk desk, HandoffTriggers triggers, InfolineHours hours, Clock clock) {
        this.conversations = conversations;
        this.events = events;
        this.cases = cases;
        this.caseEvents = caseEvents;
        this.desk = desk;
        this.triggers = triggers;
        this.hours = hours;
        this.clock = clock;
        this.offers = new HandoffOffers(triggers, hours, clock);
        this.languages = new ConversationLanguages(conversations.database());
    }

    public HandoffRepository cases() {
        return cases;
    }

    public HandoffEvents caseEvents() {
        return caseEvents;
    }

    public InfolineHours hours() {
        return hours;
    }

    @Override
    public Optional<Reply> reply(StoredMessage question, String text, String choice, List<Reply.Option> offered, boolean formOpen,
                                 Supplier<Reply> engine) {
        Optional<HandoffCase> open = cases.openFor(question.conversationId());
        String picked = HandoffOffers.picked(text, choice, offered);
        if (open.isPresent()) {
            return whileOpen(open.get(), question, text, picked, engine);
        }
        if (picked == null && SmallTalk.beforeHandoff(text) && !HandoffOffers.declines(text)) {
            return Optional.of(engine.get()); // "are you a bot or a real person?", "ok bye" after an offer: small talk
        }
        Optional<HandoffOffers.Pending> pending = HandoffOffers.pending(offered);
        if (pending.isPresent() && pending.get() instanceof HandoffOffers.Pending.Consent consent) {
            HandoffOffers.Answer answer = HandoffOffers.consent(text, picked);
            if (answer == HandoffOffers.Answer.YES) {
                return hours.isOpen(clock.instant())
                        ? handOver(question, consent.reason(), HandoffMode.LIVE, null, null)
                        : Optional.of(offers.askContact(consent.reason(), 1));
            }
            if (answer == HandoffOffers.Answer.NO) {
                return Optional.of(offers.declined());
            }
        }
        if (pending.isPresent() && pending.get() instanceof HandoffOffers.Pending.Contact contact) {
            if (HandoffOffers.stop(text, picked)) {
                return Optional.of(offers.cancelled());
            }
            Optional<ContactDetails> details = ContactDetails.find(text);
            if (details.isPresent()) {
                Optional<Reply> refused = callbackRefused(details.get());
                return refused.isPresent() ? refused : handOver(question, contact.reason(), HandoffMode.CALLBACK, details.get(), text);
            }
            return Optional.of(contact.attempt() == 1 ? offers.askContact(contact.reason(), 2) : offers.contactGivenUp());
        }
        Optional<Reply> offer = offers.offerFor(text, formOpen);
        if (offer.isPresent()) {
            return offer;
        }
        Reply reply = engine.get();
        if (Misses.missed(reply) && triggers.tooManyMisses(reply.kind(), Misses.earlier(conversations, question.conversationId()))) {
            return Optional.of(offers.offerKeeping(HandoffReason.REPEATED_MISSES, reply));
        }
        return Optional.of(reply);
    }

    /**
     * The queue or a consultant has the conversation. A consultant's conversation: the assistant stays
     * silent. A waiting one: the message goes to the consultants' side and every message gets a short answer
     * (issue 12 item 5): thanks a polite word; a question about the wait ("a kiedy oddzwonią?") where the resident
     * stands (place in the queue, or when they will be called); another question the knowledge base answers, its
     * answer with where they stand (the consultant still comes); anything else, where they stand. Or they withdraw.
     */
    private Optional<Reply> whileOpen(HandoffCase handoff, StoredMessage question, String text, String picked, Supplier<Reply> engine) {
        if (handoff.state() == HandoffState.QUEUED && HandoffOffers.stop(text, picked)
                && cases.closeQueued(handoff.id(), Resolution.WITHDRAWN)) {
            HandoffCase closed = cases.find(handoff.id()).orElseThrow();
            desk.withdrawn(closed);
            caseEvents.publish(closed);
            return Optional.of(offers.withdrawn());
        }
        desk.residentWrote(handoff, question);
        if (handoff.state() != HandoffState.QUEUED) {
            return Optional.empty();
        }
        Instant due = handoff.dueAt() == null ? null : handoff.dueAt().toInstant();
        Reply waiting = offers.waiting(handoff.mode(), cases.position(handoff), due);
        if (HandoffOffers.thanks(text, picked)) {
            return Optional.of(HandoffOffers.thanked(waiting));
        }
        if (picked == null ? !WhileWaiting.asksAboutTheWait(text) && WhileWaiting.asks(text) : !picked.startsWith(HandoffOffers.PREFIX)) {
            Reply answer = engine.get();
            if (answer.kind() == ReplyKind.ANSWER) {
                return Optional.of(HandoffOffers.answeredWhileWaiting(answer, waiting));
            }
        }
        return Optional.of(waiting);
    }

    /**
     * Once the conversation waits for a consultant or a callback, its subject is the contact centre: "a kiedy
     * oddzwonią?", "a do której pracujecie?" are about the infoline, not the article answered before. A question
     * answered while waiting keeps the subject its answer set ("a ile kosztuje?" after the passport's answer).
     */
    @Override
    public DialogueState after(Reply reply, DialogueState state) {
        return reply.kind() == ReplyKind.HANDOFF && HandoffOffers.waitsForConsultant(reply)
                ? state.withTopic(HandoffOffers.CONTACT_CENTRE_TOPIC, Messages.text(reply.language().lang(), "handoff.subject-words"))
                : state;
    }

    private Optional<Reply> handOver(StoredMessage question, HandoffReason reason, HandoffMode mode, ContactDetails contact, String message) {
        String conversationId = question.conversationId();
        Instant now = clock.instant();
        Instant due = mode == HandoffMode.LIVE ? null : hours.nextOpening(now).map(ZonedDateTime::toInstant).orElse(now);
        Optional<HandoffCase> opened = cases.open(new HandoffRepository.NewCase(conversationId, mode, reason, contact, message, due));
        if (opened.isEmpty()) {
            return Optional.empty(); // a concurrent message has just handed the conversation over
        }
        HandoffCase handoff = opened.get();
        List<StoredMessage> transcript = conversations.transcript(conversationId);
        String channel = conversations.find(conversationId).map(Conversation::channel).orElse("web");
        Initiation result;
        try {
            result = desk.initiate(new HandoffRequest(handoff, channel, HandoffContext.of(transcript), transcript));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the consultants' side failed to take case " + handoff.id(), e);
            result = new Initiation.Failed(e.toString());
        }
        if (result instanceof Initiation.Failed failed) {
            LOG.warning(() -> "case " + handoff.id() + " not accepted: " + failed.reason());
            cases.closeQueued(handoff.id(), Resolution.FAILED);
            cases.find(handoff.id()).ifPresent(caseEvents::publish);
            return Optional.of(offers.failed());
        }
        caseEvents.publish(handoff);
        Initiation.Accepted accepted = (Initiation.Accepted) result;
        return Optional.of(mode == HandoffMode.LIVE ? offers.queued(accepted) : offers.callbackTaken(contact));
    }

    /**
     * The callback list is bounded, and a number waits once: made-up numbers typed in a loop must not bury
     * real residents' requests. A refused resident is pointed to the infoline.
     */
    private Optional<Reply> callbackRefused(ContactDetails contact) {
        HandoffRepository.WaitingCallbacks waiting = cases.waitingCallbacks(contact.phone());
        if (contact.phone() != null && waiting.forNumber() > 0) {
            return Optional.of(offers.callbackAlreadyWaiting());
        }
        if (waiting.all() >= triggers.maxWaitingCallbacks()) {
            LOG.warning(() -> "callback list full (" + waiting.all() + " waiting): a request was refused");
            return Optional.of(offers.callbackListFull());
        }
        return Optional.empty();
    }

    @Override
    public boolean accepted(long caseId, String consultant, String consultantName) {
        if (!cases.claim(caseId, consultant)) {
            return false;
        }
        HandoffCase claimed = cases.find(caseId).orElseThrow();
        tell(claimed.conversationId(), Author.SYSTEM,
                Lang.speaking(residentLanguage(claimed.conversationId()), () -> HandoffPhrases.text("claimed", consultantName)));
        caseEvents.publish(claimed);
        return true;
    }

    @Override
    public Optional<StoredMessage> consultantWrote(long caseId, String consultant, String text) {
        Optional<HandoffCase> handoff = cases.find(caseId).filter(c -> c.isOwnedBy(consultant));
        if (handoff.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tell(handoff.get().conversationId(), Author.CONSULTANT, text));
    }

    @Override
    public boolean transferred(long caseId, String from, String to, String toName) {
        if (from.equals(to) || !cases.transfer(caseId, from, to)) {
            return false;
        }
        HandoffCase moved = cases.find(caseId).orElseThrow();
        tell(moved.conversationId(), Author.SYSTEM,
                Lang.speaking(residentLanguage(moved.conversationId()), () -> HandoffPhrases.text("transferred", toName)));
        caseEvents.publish(moved);
        return true;
    }

    /**
     * {@code by} hands the case to {@code to}, as its owner or as a supervisor for the one who has it
     * ({@link HandoffCase#actingOwner}); the move is noted on the case in {@code by}'s name. False when
     * {@code by} may not, or the case changed meanwhile.
     */
    public boolean transfer(HandoffCase handoff, Consultant by, Consultant to) {
        Optional<String> from = handoff.actingOwner(by);
        if (from.isEmpty() || !transferred(handoff.id(), from.get(), to.login(), to.displayName())) {
            return false;
        }
        cases.addNote(handoff.id(), by.login(), Messages.text(Lang.PL, "console.transfer-note", from.get(), to.login()));
        return true;
    }

    /** {@code by} closes the case, as its owner or as a supervisor for the one who has it; false when {@code by} may not. */
    public boolean close(HandoffCase handoff, Consultant by, Resolution resolution) {
        return handoff.actingOwner(by).map(owner -> completed(handoff.id(), owner, resolution)).orElse(false);
    }

    @Override
    public boolean completed(long caseId, String consultant, Resolution resolution) {
        if (!cases.close(caseId, consultant, resolution)) {
            return false;
        }
        HandoffCase closed = cases.find(caseId).orElseThrow();
        String text = Lang.speaking(residentLanguage(closed.conversationId()), offers::completed);
        // the closing message asks the one satisfaction question (the channels show it; answering is optional)
        String survey = JSON.createObjectBuilder().add("kind", ReplyKind.HANDOFF.wire()).add("text", text)
                .add("sources", JSON.createArrayBuilder()).add("options", JSON.createArrayBuilder()).add("related", JSON.createArrayBuilder())
                .add("survey", ResidentFeedback.survey(caseId)).build().toString();
        StoredMessage message = conversations.append(closed.conversationId(), Author.ASSISTANT, ReplyKind.HANDOFF.wire(), text, survey)
                .orElseThrow();
        events.publish(message);
        caseEvents.publish(closed);
        return true;
    }

    @Override
    public boolean failed(long caseId, String reason) {
        if (!cases.closeQueued(caseId, Resolution.FAILED)) {
            return false;
        }
        LOG.warning(() -> "case " + caseId + " failed on the consultants' side: " + reason);
        HandoffCase closed = cases.find(caseId).orElseThrow();
        tell(closed.conversationId(), Author.ASSISTANT, Lang.speaking(residentLanguage(closed.conversationId()), () -> offers.failed().text()));
        caseEvents.publish(closed);
        return true;
    }

    /** Stores a message in the conversation and delivers it to the resident's channel. */
    /** The language the conversation is served in: what the resident reads when a consultant acts. */
    private Lang residentLanguage(String conversationId) {
        return languages.find(conversationId).map(Language::lang).orElse(Lang.PL);
    }

    private StoredMessage tell(String conversationId, Author author, String text) {
        String kind = author == Author.CONSULTANT ? null : ReplyKind.HANDOFF.wire();
        StoredMessage message = conversations.append(conversationId, author, kind, text, null).orElseThrow();
        events.publish(message);
        return message;
    }
}

package pl.krakow.kck.bot.handoff;

import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import pl.krakow.kck.bot.dialogue.AfterCare;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.bot.text.Vocabulary;
import pl.krakow.kck.bot.text.Vocabulary.Group;
import pl.krakow.kck.bot.text.Words;

/**
 * The assistant's handoff replies, and reading the resident's answers to them. The step a conversation is
 * in lives in the options of the assistant's last reply (as the choices of a clarifying question do): a
 * consent question offers {@code handoff:yes:<reason>} and {@code handoff:no}; the request for contact
 * details offers {@code handoff:cancel:<reason>:<attempt>}; a waiting conversation offers
 * {@code handoff:withdraw}. Pure: no storage, so evaluation runs the same first-turn rule as the service.
 */
public final class HandoffOffers {

    public static final String PREFIX = "handoff:";
    static final String YES = PREFIX + "yes:";
    static final String NO = PREFIX + "no";
    static final String CANCEL = PREFIX + "cancel:";
    static final String WITHDRAW = PREFIX + "withdraw";
    /** The withdraw option of an acknowledgement while waiting: tells such a message apart in the transcript. */
    static final String WITHDRAW_WAITING = WITHDRAW + ":waiting";

    private static final int SHORT_ANSWER = 4;
    /** The topic (topics.tsv) of the contact centre's own articles: a waiting conversation's subject. */
    static final String CONTACT_CENTRE_TOPIC = "kck-kontakt";

    private final HandoffTriggers triggers;
    private final InfolineHours hours;
    private final Clock clock;

    public HandoffOffers(HandoffTriggers triggers, InfolineHours hours, Clock clock) {
        this.triggers = triggers;
        this.hours = hours;
        this.clock = clock;
    }

    /** The consent question when the message itself calls for a person (first rule that fires); else empty. */
    public Optional<Reply> offerFor(String text) {
        return triggers.inMessage(text).map(this::offer);
    }

    /**
     * {@link #offerFor(String)}, knowing whether a form is open: while a report is being filled in, a question after
     * a report ("co się dzieje z moim zgłoszeniem?", "what happens with my report now?") asks after that report, not
     * yet sent, and is the form's to answer, not a personal case for a consultant. Asking for a person
     * ("chcę rozmawiać z konsultantem"), a complaint or frustration still brings one in.
     */
    public Optional<Reply> offerFor(String text, boolean formOpen) {
        return triggers.inMessage(text)
                .filter(reason -> !(formOpen && reason == HandoffReason.PERSONAL_CASE && AfterCare.asksAfter(text, AfterCare.IN_FORM_WORDS)))
                .map(this::offer);
    }

    /** The consent question: a live handover while the infoline works, a callback request otherwise. */
    public Reply offer(HandoffReason reason) {
        String text = hours.isOpen(clock.instant())
                ? HandoffPhrases.liveOffer(reason)
                : HandoffPhrases.afterHoursOffer(reason, hours.whenOpens(clock.instant()));
        return reply(text, List.of(new Reply.Option(YES + reason.wire(), Messages.text(Lang.resident(), "handoff.yes")), new Reply.Option(NO, Messages.text(Lang.resident(), "handoff.no"))));
    }

    /**
     * The consent question in place of {@code missed}, the assistant's reply: a clarifying question's choices
     * stay on screen before the consent options (its "none of these" gives way to them), so that a resident
     * who sees the right subject among them can still pick it.
     */
    public Reply offerKeeping(HandoffReason reason, Reply missed) {
        Reply offer = offer(reason);
        List<Reply.Option> kept = missed.options().stream().filter(o -> !o.id().startsWith(PREFIX) && !o.id().equals(DialogueEngine.NONE_OPTION)).toList();
        if (missed.kind() != ReplyKind.CLARIFY || kept.isEmpty()) {
            return offer;
        }
        List<Reply.Option> options = new ArrayList<>(kept);
        options.addAll(offer.options());
        return reply(missed.text() + "\n\n" + offer.text(), options);
    }

    /** A step of the handover that the last reply left open. */
    sealed interface Pending {
        /** The consent question is open. */
        record Consent(HandoffReason reason) implements Pending {
        }

        /** Contact details were asked for; {@code attempt} is 1 for the first request. */
        record Contact(HandoffReason reason, int attempt) implements Pending {
        }
    }

    /** What the options of the assistant's last reply leave open, if anything. */
    static Optional<Pending> pending(List<Reply.Option> offered) {
        for (Reply.Option option : offered) {
            String id = option.id();
            try {
                if (id.startsWith(YES)) {
                    return Optional.of(new Pending.Consent(HandoffReason.fromWire(id.substring(YES.length()))));
                }
                if (id.startsWith(CANCEL)) {
                    String[] parts = id.substring(CANCEL.length()).split(":");
                    return Optional.of(new Pending.Contact(HandoffReason.fromWire(parts[0]), Integer.parseInt(parts[1])));
                }
            } catch (RuntimeException e) {
                return Optional.empty(); // an option id from an older version: nothing pending
            }
        }
        return Optional.empty();
    }

    /** The resident's answer to a consent question. */
    enum Answer { YES, NO, OTHER }

    static Answer consent(String text, String picked) {
        if (picked != null) {
            return picked.startsWith(YES) ? Answer.YES : picked.equals(NO) ? Answer.NO : Answer.OTHER;
        }
        List<String> words = words(text);
        if (words.isEmpty() || words.size() > SHORT_ANSWER) {
            return Answer.OTHER;
        }
        if (words.getFirst().equals("nie") || Vocabulary.startsWith(Lang.resident(), Group.NO, words) || Vocabulary.startsWith(Lang.resident(), Group.THANKS, words)
                || Vocabulary.startsWith(Lang.resident(), Group.CANCEL, words)) {
            return Answer.NO;
        }
        return Vocabulary.startsWith(Lang.resident(), Group.YES, words) || Vocabulary.startsWith(Lang.resident(), Group.HANDOFF, words)
                ? Answer.YES : Answer.OTHER;
    }

    /** Whether the message begins with a no ("nie, dziękuję", "no thanks"): a consent question's answer, not small talk. */
    static boolean declines(String text) {
        List<String> words = words(text);
        return !words.isEmpty() && (words.getFirst().equals("nie") || Vocabulary.startsWith(Lang.resident(), Group.NO, words));
    }

    /** Whether a short message thanks ("dzięki", "dziękuję bardzo"), with no option picked. */
    static boolean thanks(String text, String picked) {
        List<String> words = words(text);
        return picked == null && !words.isEmpty() && words.size() <= SHORT_ANSWER && Vocabulary.startsWith(Lang.resident(), Group.THANKS, words);
    }

    /** The reply to thanks while waiting: a polite word, then where the resident stands (the {@code waiting} reply). */
    static Reply thanked(Reply waiting) {
        return new Reply(ReplyKind.SMALLTALK, HandoffPhrases.text("thanks-waiting") + " " + waiting.text(), null, List.of(), waiting.options(),
                List.of(), 1.0);
    }

    /**
     * A question answered from the knowledge base while the resident waits: the answer, then where they stand
     * (the {@code waiting} reply: the consultant still comes), its options after the answer's.
     */
    static Reply answeredWhileWaiting(Reply answer, Reply waiting) {
        List<Reply.Option> options = new ArrayList<>(answer.options());
        options.addAll(waiting.options());
        return new Reply(answer.kind(), answer.text() + "\n\n" + waiting.text(), answer.article(), answer.sources(), options,
                answer.related(), answer.confidence(), answer.language(), answer.referred());
    }

    /** Whether the reply leaves the resident waiting for a consultant or a callback (it offers to withdraw). */
    static boolean waitsForConsultant(Reply reply) {
        return reply.options().stream().anyMatch(o -> o.id().startsWith(WITHDRAW));
    }

    /** Whether a short message asks to stop ("anuluj", "rezygnuję", a plain "nie"; not "nie wiem"). */
    static boolean stop(String text, String picked) {
        if (picked != null) {
            return picked.startsWith(CANCEL) || picked.startsWith(WITHDRAW) || picked.equals(NO);
        }
        List<String> words = words(text);
        return !words.isEmpty() && words.size() <= SHORT_ANSWER
                && (Vocabulary.startsWith(Lang.resident(), Group.CANCEL, words) || Vocabulary.says(Lang.resident(), Group.NO, text));
    }

    /** The id of the offered option the resident picked (by id, number or label), or null. */
    static String picked(String text, String choice, List<Reply.Option> offered) {
        return choice != null ? choice : Reply.picked(text, offered);
    }

    Reply declined() {
        return reply(HandoffPhrases.text("declined"), List.of());
    }

    Reply askContact(HandoffReason reason, int attempt) {
        return reply(attempt == 1 ? HandoffPhrases.text("ask-contact") : HandoffPhrases.text("contact-missing"),
                List.of(new Reply.Option(CANCEL + reason.wire() + ":" + attempt, Messages.text(Lang.resident(), "handoff.cancel"))));
    }

    Reply contactGivenUp() {
        return reply(HandoffPhrases.text("contact-given-up", hours.whenOpens(clock.instant())), List.of());
    }

    Reply cancelled() {
        return reply(HandoffPhrases.text("cancelled"), List.of());
    }

    Reply queued(Initiation.Accepted accepted) {
        return reply(HandoffPhrases.queued(accepted.position(), accepted.expectedWait()),
                List.of(new Reply.Option(WITHDRAW, Messages.text(Lang.resident(), "handoff.withdraw"))));
    }

    Reply callbackTaken(ContactDetails contact) {
        return reply(HandoffPhrases.callbackTaken(contact, hours.whenOpens(clock.instant())),
                List.of(new Reply.Option(WITHDRAW, Messages.text(Lang.resident(), "handoff.withdraw-callback"))));
    }

    /**
     * A short answer to a resident who writes while waiting: the place in the live queue, or when the
     * consultant will call back ({@code due}, the case's due time).
     */
    Reply waiting(HandoffMode mode, int position, Instant due) {
        Instant now = clock.instant();
        String text = mode == HandoffMode.LIVE
                ? HandoffPhrases.text("waiting-live", Math.max(1, position))
                : due != null && due.isAfter(now)
                ? HandoffPhrases.text("waiting-callback", hours.whenOpens(now))
                : HandoffPhrases.text("waiting-callback-soon");
        String label = mode == HandoffMode.LIVE ? Messages.text(Lang.resident(), "handoff.withdraw") : Messages.text(Lang.resident(), "handoff.withdraw-callback");
        return reply(text, List.of(new Reply.Option(WITHDRAW_WAITING, label)));
    }

    Reply callbackAlreadyWaiting() {
        return reply(HandoffPhrases.text("callback-already-waiting", hours.whenOpens(clock.instant())), List.of());
    }

    Reply callbackListFull() {
        return reply(HandoffPhrases.text("callback-list-full", hours.whenOpens(clock.instant())), List.of());
    }

    Reply failed() {
        return reply(HandoffPhrases.text("failed"), List.of());
    }

    Reply withdrawn() {
        return reply(HandoffPhrases.text("withdrawn"), List.of());
    }

    String completed() {
        return HandoffPhrases.text("completed");
    }

    private static Reply reply(String text, List<Reply.Option> options) {
        return new Reply(ReplyKind.HANDOFF, text, null, List.of(), options, List.of(), 1.0);
    }

    private static List<String> words(String text) {
        return Words.of(text);
    }
}

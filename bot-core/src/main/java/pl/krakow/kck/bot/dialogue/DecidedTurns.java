package pl.krakow.kck.bot.dialogue;

import java.util.List;

import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.Retriever;
import pl.krakow.kck.bot.retrieval.SearchResult;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * A search's candidates decided by the {@link AnswerPolicy} into the reply (an answer through the
 * {@link AnswerWriter}, a clarifying question, a referral or a fallback) and the conversation's state after it:
 * the answered article becomes the subject, named by the resident's words or by its title's subject words.
 */
final class DecidedTurns {

    private final AnswerPolicy policy;
    private final AnswerWriter writer;
    private final FollowUps followUps;
    private final int candidates;

    DecidedTurns(AnswerPolicy policy, AnswerWriter writer, FollowUps followUps, int candidates) {
        this.policy = policy;
        this.writer = writer;
        this.followUps = followUps;
        this.candidates = candidates;
    }

    DialogueEngine.Turn decided(Retriever current, String text, SearchResult result, FollowUps.Reading reading, DialogueState state) {
        if (result.concepts().isEmpty()) {
            return new DialogueEngine.Turn(EngineReplies.fallback(Messages.text(Lang.resident(), "dialogue.empty-question"), 0), state);
        }
        SearchResult ordered = DefinitionArticle.tied(FacetArticle.tied(result, text, followUps), text, followUps, current::titleConcepts);
        AnswerPolicy.Decision decision = policy.decide(ordered.naming(state.topic())); // the subject counts as named
        Reply reply = switch (decision.kind()) {
            case ANSWER -> writer.write(text, EngineReplies.grounds(decision),
                    EngineReplies.answer(decision.best().article(), decision.best().coverage(), decision.related()));
            case CLARIFY -> EngineReplies.clarify(decision);
            default -> decision.redirect() != null
                    ? Reply.referral(decision.redirect() + " " + Messages.text(Lang.resident(), "dialogue.infoline-note"), EngineReplies.confidence(decision))
                    : EngineReplies.fallback(Messages.text(Lang.resident(), "dialogue.fallback"), EngineReplies.confidence(decision));
        };
        if (reply.kind() == ReplyKind.CLARIFY && !state.hasSubject()) {
            return new DialogueEngine.Turn(reply, state.withSubject(null, sharedTopic(decision.choices()), reading.words(), reading.facet()));
        }
        if (reply.kind() != ReplyKind.ANSWER || reply.article() == null) {
            DialogueState after = reading.facet() == null ? state : state.withFacet(reading.facet());
            boolean missed = reply.kind() == ReplyKind.FALLBACK && decision.redirect() == null && !state.hasSubject();
            return new DialogueEngine.Turn(reply, missed && reading.words() != null && !reading.words().isBlank() ? after.withMissed(reading.words()) : after);
        }
        return new DialogueEngine.Turn(reply, about(current, state, reply, reading.words(), reading.facet()));
    }

    /** The topic all the offered articles are of ("which Karta Krakowska article?"): the subject while the resident says which; else null. */
    private static String sharedTopic(List<Candidate> offered) {
        List<String> topics = offered.stream().map(c -> c.article().topic()).distinct().toList();
        return topics.size() == 1 ? topics.getFirst() : null;
    }

    /** The state once {@code reply} answered: its article is the subject, named by {@code words} or by its title. */
    DialogueState about(Retriever current, DialogueState state, Reply reply, String words, String facet) {
        String named = words;
        if (named == null || named.isBlank()) {
            named = named(current, reply.article().title());
        }
        return state.withSubject(reply.article().id(), reply.article().topic(), named, facet);
    }

    /** The subject words of an article's title (its words less the generic and facet ones). */
    String named(Retriever current, String title) {
        return String.join(" ", followUps.subject(current.titleConcepts(title)).stream()
                .map(c -> c.text().contains("→") ? c.text().substring(c.text().indexOf('→') + 1) : c.text())
                .toList());
    }
}

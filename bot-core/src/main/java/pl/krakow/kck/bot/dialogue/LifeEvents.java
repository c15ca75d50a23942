package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.Retriever;
import pl.krakow.kck.bot.retrieval.SearchResult;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * A death in the family, a birth, a move, a lost wallet (issue 12): told of in a message, answered as a
 * good agent would — a word of sympathy or congratulations where it fits, then the matters to see to, each
 * an option to its article. The words and the matters are data, per language ({@code life-events.txt},
 * {@code life-events.uk.txt}, {@code life-events.en.txt}); the texts are the catalogue's
 * {@code dialogue.event.NAME} and {@code dialogue.event.NAME.matters}.
 */
final class LifeEvents {

    static final String FILE = "life-events.txt";
    static final String EVENT = "event ";
    /** The list of the words an event is told with that are not what is asked: who ("my grandmother") and when ("yesterday"). */
    static final String PEOPLE_AND_TIMES = "people and times";
    /** The optional list of the words that ask for all there is to see to ("co muszę załatwić?", "what do I have to take care of?"). */
    static final String ALL_MATTERS = "all matters";

    /** One event: the words that tell of it, the matters (article ids), the first what the conversation is then about. */
    record Event(String name, List<WordPattern> words, List<String> matters) {

        /** The event's opening (sympathy, congratulations), empty when it has none. */
        String opening() {
            return Messages.text(Lang.resident(), "dialogue.event." + name).strip();
        }
    }

    private final List<Event> events = new ArrayList<>();
    private final List<WordPattern> peopleAndTimes;
    private final List<WordPattern> allMatters;

    LifeEvents() {
        this(WordLists.resource(FILE, Set.of(PEOPLE_AND_TIMES), Set.of(ALL_MATTERS), EVENT));
    }

    /** The life events told of in a language. */
    static LifeEvents of(Language language) {
        return new LifeEvents(file(language), WordLists.resource(file(language), Set.of(PEOPLE_AND_TIMES), Set.of(ALL_MATTERS), EVENT));
    }

    /** {@code life-events.txt} for Polish, {@code life-events.<code>.txt} for the others. */
    static String file(Language language) {
        return language == Language.PL ? FILE : "life-events." + language.code() + ".txt";
    }

    LifeEvents(WordLists lists) {
        this(FILE, lists);
    }

    private LifeEvents(String file, WordLists lists) {
        peopleAndTimes = lists.list(PEOPLE_AND_TIMES);
        allMatters = lists.list(ALL_MATTERS);
        lists.lists().forEach((name, words) -> {
            if (name.equals(PEOPLE_AND_TIMES) || name.equals(ALL_MATTERS)) {
                return;
            }
            String tail = lists.tails().getOrDefault(name, "");
            List<String> matters = Arrays.stream(tail.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (matters.isEmpty()) {
                throw new WordLists.Invalid(file + ": '" + name + "' names no matters after '=>'");
            }
            events.add(new Event(name.substring(EVENT.length()).strip(), words, matters));
        });
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /**
     * The event a message tells of, unless the conversation is already about one of its matters (then
     * "a pogrzeb?" or "akt zgonu za darmo?" are ordinary follow-ups).
     */
    Optional<Event> told(String text, DialogueState state) {
        String[] tokens = WordPattern.tokens(text);
        for (Event event : events) {
            if (event.words().stream().anyMatch(p -> p.in(tokens))) {
                return state.article() != null && event.matters().contains(state.article()) ? Optional.empty() : Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the message asks for all there is to see to after the event ({@value #ALL_MATTERS}: "what do I have to take
     * care of?"), not for one matter: the event's matters are the answer even when one article holds most of its words.
     */
    boolean asksAllMatters(String text) {
        String[] tokens = WordPattern.tokens(text);
        return allMatters.stream().anyMatch(p -> p.in(tokens));
    }

    /**
     * Whether the message asks of something besides the event that no article holds: a word of its language outside
     * the knowledge base ({@link QueryConcept#outside()}), neither one of the event's own words nor one of who and
     * when ({@value #PEOPLE_AND_TIMES}), nor a name. "My father passed away, how do I claim his pension?" asks of the pension, not
     * of the registration of a death: the event's matters are no answer to it, and the question is read as any other.
     * Only a message that asks (a question mark) asks beyond: one that tells the event with its why and where is told.
     */
    boolean asksBeyond(Event event, SearchResult result) {
        if (!result.question().contains("?")) {
            return false; // told, not asked: "przeprowadzam się do Krakowa na studia" gets the matters of a move
        }
        for (QueryConcept concept : result.concepts()) {
            String folded = TextAnalyzer.fold(concept.text());
            if (concept.outside() && !named(concept) && event.words().stream().noneMatch(word -> word.anyWordMatches(folded))
                    && peopleAndTimes.stream().noneMatch(word -> word.anyWordMatches(folded))) {
                return true;
            }
        }
        return false;
    }

    /** A name, written with its capital: where from or where to ("moving from Rzeszów", "born in Spain"), told with the event. */
    private static boolean named(QueryConcept concept) {
        return !concept.text().isEmpty() && Character.isUpperCase(concept.text().codePointAt(0));
    }

    /** Whether an article's topic is among the topics of the event's matters. */
    static boolean concerns(Event event, Article article, Retriever retriever) {
        return event.matters().stream().map(retriever::article).flatMap(Optional::stream)
                .anyMatch(matter -> matter.topic().equals(article.topic()));
    }

    /**
     * The event's reply: its opening, the matters as options, the first matter as the reply's article;
     * {@code likely}, an article of the event's topics the message points to, comes first.
     */
    static Optional<Reply> matters(Event event, Retriever retriever, Optional<Article> likely) {
        List<Article> articles = new ArrayList<>();
        likely.ifPresent(articles::add);
        event.matters().stream().map(retriever::article).flatMap(Optional::stream)
                .filter(a -> likely.isEmpty() || !a.id().equals(likely.get().id()))
                .forEach(articles::add);
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        List<Reply.Option> options = new ArrayList<>();
        for (Article article : articles) {
            options.add(new Reply.Option(DialogueEngine.ARTICLE_OPTION + article.id(), article.title()));
        }
        String text = (event.opening() + " " + Messages.text(Lang.resident(), "dialogue.event." + event.name() + ".matters")).strip();
        Article first = articles.getFirst();
        return Optional.of(new Reply(ReplyKind.ANSWER, text, new Reply.ArticleRef(first.id(), first.title(), first.topic()),
                List.of(), options, List.of(), 1.0));
    }

    /** An answer to a clear question told with the event ("urodziła się córka, gdzie ją zarejestrować?"), opened with the event's words. */
    static Reply opened(Event event, Reply answer) {
        String opening = event.opening();
        if (opening.isEmpty() || answer.kind() != ReplyKind.ANSWER) {
            return answer;
        }
        return new Reply(answer.kind(), opening + "\n\n" + answer.text(), answer.article(), answer.sources(), answer.options(),
                answer.related(), answer.confidence(), answer.language());
    }
}

package pl.krakow.kck.evaluation.dialogues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.evaluation.run.TurnCosts;

/**
 * Sends every dialogue's turns, one after another, to one fresh conversation of the service
 * ({@link AssistantService#post}, as a channel does) and keeps each reply. A turn {@code {"option": N}}
 * posts the id of the previous reply's N-th option, as a button does (or the text "N" when there is no
 * such option, as a resident typing it would). All dialogues run once untimed first, so that the JIT has
 * compiled the hot paths.
 */
public final class DialogueRunner {

    private final AssistantService service;
    private final Function<String, Optional<Article>> articles;
    private final int warmupPasses;
    private final TurnCosts costs;
    private boolean timed;

    /** @param articles looks up an article by id (for the topic of a clarify's first option) */
    public DialogueRunner(AssistantService service, Function<String, Optional<Article>> articles, int warmupPasses) {
        this(service, articles, warmupPasses, TurnCosts.NONE);
    }

    /** @param costs keeps what each turn of the timed pass cost */
    public DialogueRunner(AssistantService service, Function<String, Optional<Article>> articles, int warmupPasses, TurnCosts costs) {
        this.service = service;
        this.articles = articles;
        this.warmupPasses = warmupPasses;
        this.costs = costs;
    }

    public List<TurnOutcome> run(List<Dialogue> dialogues) {
        for (int pass = 0; pass < warmupPasses; pass++) {
            dialogues.forEach(this::runOne);
        }
        List<TurnOutcome> outcomes = new ArrayList<>();
        timed = true;
        dialogues.forEach(d -> outcomes.addAll(runOne(d)));
        timed = false;
        return outcomes;
    }

    private List<TurnOutcome> runOne(Dialogue dialogue) {
        String conversation = service.start("eval").id();
        List<TurnOutcome> outcomes = new ArrayList<>();
        List<Reply.Option> offered = List.of();
        for (int i = 0; i < dialogue.turns().size(); i++) {
            DialogueTurn turn = dialogue.turns().get(i);
            String text = turn.text() != null ? turn.text() : "";
            String choice = turn.choice();
            if (turn.option() > 0) {
                if (turn.option() <= offered.size()) {
                    choice = offered.get(turn.option() - 1).id();
                } else {
                    text = String.valueOf(turn.option());
                }
            }
            String posted = text;
            String picked = choice;
            long start = System.nanoTime();
            AssistantService.Exchange exchange = timed
                    ? costs.measure(dialogue.id() + "#" + (i + 1), () -> service.post(conversation, posted, picked).orElseThrow())
                    : service.post(conversation, text, choice).orElseThrow();
            long elapsed = System.nanoTime() - start;
            Reply reply = exchange.reply();
            offered = reply == null ? offered : reply.options();
            outcomes.add(outcome(dialogue, i, turn, reply, elapsed));
        }
        return outcomes;
    }

    private TurnOutcome outcome(Dialogue dialogue, int index, DialogueTurn turn, Reply reply, long elapsed) {
        if (reply == null) {
            return new TurnOutcome(dialogue, index, turn, TurnOutcome.SILENT, null, null, "", null, elapsed);
        }
        String topic = null;
        String article = null;
        if (reply.article() != null) {
            topic = reply.article().topic();
            article = reply.article().id();
        } else {
            Optional<Article> first = reply.options().stream()
                    .map(Reply.Option::id)
                    .filter(id -> id.startsWith(DialogueEngine.ARTICLE_OPTION))
                    .findFirst()
                    .flatMap(id -> articles.apply(id.substring(DialogueEngine.ARTICLE_OPTION.length())));
            if (first.isPresent()) {
                topic = first.get().topic();
                article = first.get().id();
            }
        }
        return new TurnOutcome(dialogue, index, turn, reply.kind().wire(), topic, article, reply.text(), reply.language().code(),
                elapsed);
    }
}

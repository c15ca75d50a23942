package pl.krakow.kck.channels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import pl.krakow.kck.bot.knowledge.CorpusLinter;
import pl.krakow.kck.bot.knowledge.KnowledgeBaseLoader;
import pl.krakow.kck.bot.knowledge.Problem;
import pl.krakow.kck.bot.knowledge.TranslationLinter;
import pl.krakow.kck.bot.knowledge.TranslationLoader;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;

/**
 * {@code ./kck index}: checks a knowledge-base folder (format, then the linter's quality rules) and builds
 * its index; exit code 1 on any problem. {@code ./kck ask "..."}: one question, answered in the terminal as the
 * service answers it ({@link AskCommand}).
 */
public final class KnowledgeBaseCommand {

    private KnowledgeBaseCommand() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "index";
        Path folder = Path.of("faq-corpus/articles");
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--kb") && i + 1 < args.length) {
                folder = Path.of(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        long start = System.nanoTime();
        KnowledgeBaseLoader.Result result = new KnowledgeBaseLoader().load(folder);
        List<Problem> problems = new ArrayList<>(result.problems());
        if (result.ok()) {
            problems.addAll(new CorpusLinter().lint(result.knowledgeBase()));
            TranslationLoader.Result translations = new TranslationLoader().load(folder, result.knowledgeBase());
            problems.addAll(translations.problems());
            problems.addAll(new TranslationLinter().lint(folder, translations.editions()));
        }
        problems.forEach(p -> System.err.println(p));
        if (!result.ok()) {
            System.err.println(problems.size() + " problem(s); the knowledge base cannot be served.");
            System.exit(1);
        }
        if (command.equals("ask")) {
            AskCommand.answer(folder, String.join(" ", rest));
            return;
        }
        ArticleIndex index = ArticleIndex.build(result.knowledgeBase(), new TextAnalyzer());
        System.out.printf("%s: %d articles, %d topics, %d synonym groups, indexed in %d ms; %d quality problem(s)%n",
                folder, index.size(), result.knowledgeBase().topics().slugs().size(), result.knowledgeBase().synonyms().size(),
                (System.nanoTime() - start) / 1_000_000, problems.size());
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}

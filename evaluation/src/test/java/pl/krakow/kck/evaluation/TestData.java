package pl.krakow.kck.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.knowledge.KnowledgeBaseLoader;
import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.metrics.RankedArticle;
import pl.krakow.kck.evaluation.questions.EvalQuestion;
import pl.krakow.kck.evaluation.questions.Expectation;

/** Small hand-made questions, outcomes and knowledge bases for the tests. */
public final class TestData {

    private TestData() {
    }

    public static EvalQuestion answer(String id, String variant, String topic, List<List<String>> facts) {
        return new EvalQuestion(1, id, "pytanie " + id, variant, new Expectation(Expectation.ANSWER, topic, null, facts));
    }

    public static EvalQuestion answer(String id, String text, String topic) {
        return new EvalQuestion(1, id, text, variantOf(id), new Expectation(Expectation.ANSWER, topic, null, List.of()));
    }

    public static EvalQuestion negative(String id, String kind) {
        return new EvalQuestion(1, id, "pytanie " + id, "external", new Expectation(kind, null, null, List.of()));
    }

    /** An outcome whose ranked candidates have the given topics, best first, with coverage 0.9. */
    public static Outcome outcome(EvalQuestion question, ReplyKind kind, String replyText, double latencyMs,
                                  String... topics) {
        List<RankedArticle> ranked = new ArrayList<>();
        for (int i = 0; i < topics.length; i++) {
            ranked.add(new RankedArticle(topics[i] + "-" + (i + 1), topics[i], 0.9));
        }
        return new Outcome(question, kind, replyText, ranked, Math.round(latencyMs * 1_000_000));
    }

    /** One article a line: {@code id|topic|title|question;question|body}. Writes a knowledge-base folder and loads it. */
    public static KnowledgeBase knowledgeBase(Path folder, String... articles) throws IOException {
        Files.writeString(folder.resolve(KnowledgeBaseLoader.TOPICS),
                "dowod-osobisty\tDowód osobisty\nodpady\tOdpady i czystość\nmeldunek\tMeldunek\n", StandardCharsets.UTF_8);
        for (String line : articles) {
            String[] parts = line.split("\\|", -1);
            StringBuilder text = new StringBuilder("---\n")
                    .append("id: ").append(parts[0]).append('\n')
                    .append("title: ").append(parts[2]).append('\n')
                    .append("topic: ").append(parts[1]).append('\n')
                    .append("source:\n  - https://www.krakow.pl/\n")
                    .append("updated: 2026-12-01\n")
                    .append("questions:\n");
            for (String question : parts[3].split(";")) {
                text.append("  - ").append(question).append('\n');
            }
            text.append("---\n").append(parts[4]).append('\n');
            Path topic = Files.createDirectories(folder.resolve(parts[1]));
            Files.writeString(topic.resolve(parts[0] + ".md"), text, StandardCharsets.UTF_8);
        }
        KnowledgeBaseLoader.Result result = new KnowledgeBaseLoader().load(folder);
        if (!result.ok()) {
            throw new IllegalStateException("test knowledge base has problems: " + result.problems());
        }
        return result.knowledgeBase();
    }

    public static KnowledgeBase smallKnowledgeBase(Path folder) throws IOException {
        return knowledgeBase(folder,
                "dowod-oplata|dowod-osobisty|Ile kosztuje wyrobienie dowodu osobistego?|czy za dowód się płaci;opłata za dowód osobisty|"
                        + "Wydanie dowodu osobistego jest bezpłatne. Nie płacisz nic za wniosek ani za odbiór.",
                "dowod-zgubiony|dowod-osobisty|Co zrobić, gdy zgubię dowód osobisty?|zgubiłem dowód;utrata dowodu osobistego|"
                        + "Zgłoś utratę dowodu w dowolnym urzędzie gminy albo przez internet. Unieważnienie jest natychmiastowe.",
                "odpady-harmonogram|odpady|Kiedy odbierane są śmieci?|harmonogram wywozu odpadów;kiedy wywóz śmieci|"
                        + "Harmonogram odbioru odpadów znajdziesz na stronie MPO. Odpady zmieszane odbierane są co tydzień.",
                "meldunek-staly|meldunek|Jak się zameldować na pobyt stały?|zameldowanie na stałe;meldunek stały|"
                        + "Zameldujesz się w urzędzie albo przez internet. Zameldowanie na pobyt stały jest bezpłatne.");
    }

    private static String variantOf(String id) {
        return id.endsWith("-d") ? "no-diacritics" : id.endsWith("-t") ? "typo" : id.endsWith("-p") ? "plain" : "external";
    }
}

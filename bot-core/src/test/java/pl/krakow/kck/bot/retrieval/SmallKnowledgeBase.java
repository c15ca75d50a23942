package pl.krakow.kck.bot.retrieval;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.knowledge.Topics;

/** A knowledge base of a few articles written in the test, for what the shared fixture does not show. */
final class SmallKnowledgeBase {

    private SmallKnowledgeBase() {
    }

    /** Driving licence, Karta Krakowska, ID card, registering one's address, and two articles on the offices by district. */
    static ArticleIndex index() {
        List<Article> articles = List.of(
                article("prawojazdy-oplata", "prawo-jazdy", "Ile kosztuje prawo jazdy?",
                        List.of("opłata za prawo jazdy", "ile się płaci za wydanie prawa jazdy"),
                        "Za wydanie prawa jazdy płaci się 100,50 zł."),
                article("karta-jak-wyrobic", "karta-krakowska", "Jak wyrobić Kartę Krakowską?",
                        List.of("wniosek o Kartę Krakowską", "co daje karta krakowska", "gdzie złożyć wniosek o kartę mieszkańca"),
                        "Kartę Krakowską wyrabia się przez internet albo w punkcie obsługi, z zeznaniem PIT złożonym do urzędu skarbowego."),
                article("dowod-wniosek", "dowod-osobisty", "Jak wyrobić dowód osobisty?",
                        List.of("gdzie złożyć wniosek o dowód", "wyrobienie dowodu"),
                        "Wniosek o dowód osobisty składa się w dowolnym urzędzie."),
                article("meldunek-jak", "meldunek", "Jak się zameldować?",
                        List.of("gdzie się melduje", "zameldowanie na pobyt stały"),
                        "Zameldować się można w urzędzie albo przez internet."),
                article("urzad-budynek", "urzad-adresy", "Który budynek urzędu obsługuje moją dzielnicę?",
                        List.of("urząd dla Nowej Huty", "urząd dla Podgórza"),
                        "Mieszkańców Nowej Huty obsługuje budynek na os. Zgody, Podgórza budynek przy ul. Wielickiej."),
                article("urzad-godziny", "urzad-adresy", "W jakich godzinach jest czynny urząd?",
                        List.of("godziny urzędu w Nowej Hucie", "urząd na Podgórzu godziny"),
                        "Urząd jest czynny w dni robocze."));
        Topics topics = new Topics(Map.of("prawo-jazdy", "Prawo jazdy", "karta-krakowska", "Karta Krakowska",
                "dowod-osobisty", "Dowód osobisty", "meldunek", "Meldunek", "urzad-adresy", "Urząd"));
        List<List<String>> places = List.of(List.of("Nowa Huta", "Нова Гута"), List.of("Podgórze", "Подгуже"));
        List<List<String>> synonyms = new java.util.ArrayList<>(List.of(List.of("meldunek", "zameldowanie", "zameldować")));
        synonyms.addAll(places);
        KnowledgeBase knowledgeBase = new KnowledgeBase(articles, topics, synonyms,
                List.of(new KnowledgeBase.Redirect(List.of("PIT", "urząd skarbowy"), "To sprawa urzędu skarbowego.")), List.of(), places,
                Instant.now());
        return ArticleIndex.build(knowledgeBase, new TextAnalyzer());
    }

    private static Article article(String id, String topic, String title, List<String> questions, String body) {
        return new Article(id, title, topic, List.of(URI.create("https://www.krakow.pl/")), LocalDate.of(2026, 12, 1),
                questions, List.of(), body, topic + "/" + id + ".md");
    }
}

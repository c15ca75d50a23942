package pl.krakow.kck.bot.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import pl.krakow.kck.bot.knowledge.Article;

/**
 * Checks a model's answer against the articles it was given, before a resident sees it: it must cite
 * at least one of them and nothing else, and every number in it (fees, dates, hours, phone numbers) must
 * be written in those articles. An answer that fails is not shown; the extractive answer is.
 */
final class GroundingCheck {

    /** {@code [dowod-wniosek]} or {@code [dowod-wniosek, dowod-zgubiony]}. */
    private static final Pattern CITATION = Pattern.compile("\\[\\s*([a-z0-9-]+(?:\\s*[,;]\\s*[a-z0-9-]+)*)\\s*\\]");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** "1." or "2)" opening a line of a numbered list: the model's layout, not a fact. */
    private static final Pattern LIST_NUMBER = Pattern.compile("(?m)^\\s*\\d{1,2}[.)]\\s");

    /**
     * An answer that passed.
     *
     * @param text  the answer with its citations numbered [1], [2]... in order of first citation
     * @param cited the cited articles, in that order
     */
    record Grounded(String text, List<Article> cited) {
    }

    /** The reason an answer failed, for the log. */
    record Verdict(Optional<Grounded> grounded, String reason) {
    }

    private GroundingCheck() {
    }

    static Verdict check(String answer, List<Article> articles) {
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        Set<String> cited = new LinkedHashSet<>();
        Matcher citation = CITATION.matcher(answer);
        while (citation.find()) {
            for (String id : citation.group(1).split("\\s*[,;]\\s*")) {
                if (!byId.containsKey(id)) {
                    return failed("cites '" + id + "', which it was not given");
                }
                cited.add(id);
            }
        }
        if (cited.isEmpty()) {
            return failed("cites no article");
        }
        Set<String> known = new HashSet<>();
        for (Article article : articles) {
            numbers(article.title() + "\n" + article.body(), known);
        }
        Set<String> used = new HashSet<>();
        numbers(LIST_NUMBER.matcher(CITATION.matcher(answer).replaceAll(" ")).replaceAll(" "), used);
        used.removeAll(known);
        if (!used.isEmpty()) {
            return failed("has numbers no article has: " + used);
        }
        List<String> order = new ArrayList<>(cited);
        String numbered = CITATION.matcher(answer).replaceAll(match -> {
            StringBuilder refs = new StringBuilder();
            for (String id : match.group(1).split("\\s*[,;]\\s*")) {
                refs.append('[').append(order.indexOf(id) + 1).append(']');
            }
            return Matcher.quoteReplacement(refs.toString());
        });
        return new Verdict(Optional.of(new Grounded(numbered.strip(), order.stream().map(byId::get).toList())), "grounded");
    }

    private static void numbers(String text, Set<String> into) {
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            into.add(number.group().replaceFirst("^0+(?=\\d)", ""));
        }
    }

    private static Verdict failed(String reason) {
        return new Verdict(Optional.empty(), reason);
    }
}

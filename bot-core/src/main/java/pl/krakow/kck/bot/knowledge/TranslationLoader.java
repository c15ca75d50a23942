package pl.krakow.kck.bot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import pl.krakow.kck.bot.language.Language;

/**
 * Reads the translations beside the Polish articles ({@code <topic>/<id>.uk.md}, {@code <id>.en.md}: the same
 * front matter, written in that language) into {@link Editions}. A translation must have the id of a Polish
 * article (its file name less the language) and that article's topic; every problem is given by file and line.
 * A language's edition also reads {@code topics.<lang>.tsv} (the topics' names in that language, which name a topic
 * beside the Polish ones), {@code synonyms.<lang>.txt}, {@code out-of-scope.<lang>.txt} and
 * {@code other-places.<lang>.txt} when present, and uses the Polish synonym groups and other places (for the Polish
 * office words and town names residents write in any language).
 */
public final class TranslationLoader {

    private final ArticleParser parser = new ArticleParser();

    /** The editions and the problems found in the translations. */
    public record Result(Editions editions, List<Problem> problems) {
    }

    public Result load(Path folder, KnowledgeBase polish) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Map<Language, KnowledgeBase> editions = new EnumMap<>(Language.class);
        editions.put(Language.PL, polish);
        Map<String, Article> polishById = polish.byId();
        for (Language language : Language.values()) {
            if (language == Language.PL) {
                continue;
            }
            Map<String, Article> translated = new HashMap<>();
            for (Path path : files(folder, language)) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                String text = KnowledgeBaseLoader.read(path, name, problems);
                if (text == null) {
                    continue;
                }
                try {
                    Article article = parser.parse(name, text);
                    String expected = article.id() + "." + language.code() + ".md";
                    Article original = polishById.get(article.id());
                    if (!path.getFileName().toString().equals(expected)) {
                        problems.add(new Problem(name, KnowledgeBaseLoader.lineOf(text, "id:"),
                                "id '" + article.id() + "' must match the file name (" + expected + ")"));
                    } else if (original == null) {
                        problems.add(new Problem(name, KnowledgeBaseLoader.lineOf(text, "id:"),
                                "no Polish article '" + article.id() + "' to translate"));
                    } else if (!original.topic().equals(article.topic())) {
                        problems.add(new Problem(name, KnowledgeBaseLoader.lineOf(text, "topic:"),
                                "topic '" + article.topic() + "' differs from the Polish article's '" + original.topic() + "'"));
                    } else {
                        translated.put(article.id(), article);
                    }
                } catch (ArticleFormatException e) {
                    problems.add(e.problem());
                }
            }
            List<Article> articles = new ArrayList<>();
            for (Article original : polish.articles()) {
                articles.add(translated.getOrDefault(original.id(), original));
            }
            List<List<String>> synonyms = new ArrayList<>(polish.synonyms());
            synonyms.addAll(optional(folder, "synonyms." + language.code() + ".txt",
                    (text, list) -> KnowledgeBaseLoader.synonyms(text, list), problems));
            List<KnowledgeBase.Redirect> outOfScope = optional(folder, "out-of-scope." + language.code() + ".txt",
                    (text, list) -> KnowledgeBaseLoader.redirects(text, list), problems);
            // Polish names serve every edition (residents write "Wieliczka" in any language), with the language's own
            List<String> otherPlaces = new ArrayList<>(polish.otherPlaces());
            otherPlaces.addAll(optional(folder, "other-places." + language.code() + ".txt",
                    (text, list) -> KnowledgeBaseLoader.lines(text), problems));
            Topics topics = polish.topics();
            String topicsFile = "topics." + language.code() + ".tsv";
            if (Files.exists(folder.resolve(topicsFile))) {
                String text = KnowledgeBaseLoader.read(folder.resolve(topicsFile), topicsFile, problems);
                Topics names = text == null ? new Topics(Map.of()) : Topics.parse(topicsFile, text, problems);
                for (String slug : names.slugs()) {
                    if (!polish.topics().contains(slug)) {
                        problems.add(new Problem(topicsFile, KnowledgeBaseLoader.lineOf(text, slug + "\t"), "no topic '" + slug + "' in topics.tsv"));
                    }
                }
                topics = topics.withTranslatedNames(names);
            }
            editions.put(language, new KnowledgeBase(articles, topics, synonyms, outOfScope, otherPlaces, polish.places(), polish.loadedAt()));
        }
        return new Result(new Editions(editions), List.copyOf(problems));
    }

    private interface Reader<T> {
        List<T> read(String text, List<Problem> problems);
    }

    private static <T> List<T> optional(Path folder, String file, Reader<T> reader, List<Problem> problems) throws IOException {
        Path path = folder.resolve(file);
        if (!Files.exists(path)) {
            return List.of();
        }
        List<Problem> found = new ArrayList<>();
        List<T> items = reader.read(KnowledgeBaseLoader.read(path, file, found), found);
        // the Polish readers name their own files; name this one
        found.forEach(p -> problems.add(new Problem(file, p.line(), p.message())));
        return items;
    }

    private static List<Path> files(Path folder, Language language) throws IOException {
        String suffix = "." + language.code() + ".md";
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).filter(Files::isRegularFile).sorted().toList();
        }
    }

    static boolean isTranslationFile(String file) {
        return file.matches(".+\\.[a-z]{2}\\.md");
    }
}

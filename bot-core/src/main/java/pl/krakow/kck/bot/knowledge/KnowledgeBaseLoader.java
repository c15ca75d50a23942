package pl.krakow.kck.bot.knowledge;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a knowledge-base folder: {@code topics.tsv}, {@code synonyms.txt} and every {@code *.md} below it.
 * Collects every problem (file and line) instead of stopping at the first, so an editor sees them all.
 */
public final class KnowledgeBaseLoader {

    public static final String TOPICS = "topics.tsv";
    public static final String SYNONYMS = "synonyms.txt";
    /** Polish proper names in the spellings and scripts residents use (Kraków / Krakow / Краків): synonym groups. */
    public static final String PROPER_NAMES = "proper-names.txt";
    public static final String OUT_OF_SCOPE = "out-of-scope.txt";
    public static final String OTHER_PLACES = "other-places.txt";

    private final ArticleParser parser = new ArticleParser();

    /** The outcome of one load: a knowledge base that is usable only when {@link #problems()} is empty. */
    public record Result(KnowledgeBase knowledgeBase, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result load(Path folder) throws IOException {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            throw new IOException("knowledge-base folder not found: " + folder.toAbsolutePath());
        }
        Topics topics = Files.exists(folder.resolve(TOPICS))
                ? Topics.parse(TOPICS, read(folder.resolve(TOPICS), TOPICS, problems), problems)
                : missingTopics(problems);
        List<List<String>> synonyms = new ArrayList<>(Files.exists(folder.resolve(SYNONYMS))
                ? synonyms(read(folder.resolve(SYNONYMS), SYNONYMS, problems), problems)
                : List.of());
        List<List<String>> places = Files.exists(folder.resolve(PROPER_NAMES)) // every edition inherits them with the Polish synonyms
                ? synonyms(read(folder.resolve(PROPER_NAMES), PROPER_NAMES, problems), problems)
                : List.of();
        synonyms.addAll(places);
        List<KnowledgeBase.Redirect> outOfScope = Files.exists(folder.resolve(OUT_OF_SCOPE))
                ? redirects(read(folder.resolve(OUT_OF_SCOPE), OUT_OF_SCOPE, problems), problems)
                : List.of();
        List<String> otherPlaces = Files.exists(folder.resolve(OTHER_PLACES))
                ? lines(read(folder.resolve(OTHER_PLACES), OTHER_PLACES, problems))
                : List.of();

        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .filter(p -> !isTranslation(p))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        List<Article> articles = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path path : files) {
            String name = folder.relativize(path).toString().replace('\\', '/');
            String text = read(path, name, problems);
            if (text == null) {
                continue;
            }
            try {
                Article article = parser.parse(name, text);
                if (!topics.contains(article.topic())) {
                    problems.add(new Problem(name, lineOf(text, "topic:"), "unknown topic '" + article.topic() + "' (see " + TOPICS + ")"));
                    continue;
                }
                String expectedName = article.id() + ".md";
                if (!path.getFileName().toString().equals(expectedName)) {
                    problems.add(new Problem(name, lineOf(text, "id:"), "id '" + article.id() + "' must match the file name"));
                }
                String folderName = path.getParent().getFileName().toString();
                if (!path.getParent().equals(folder) && !folderName.equals(article.topic())) {
                    problems.add(new Problem(name, lineOf(text, "topic:"), "the article lives in folder '" + folderName + "' but has topic '" + article.topic() + "'"));
                }
                String previous = seen.putIfAbsent(article.id(), name);
                if (previous != null) {
                    problems.add(new Problem(name, lineOf(text, "id:"), "id '" + article.id() + "' is already used by " + previous));
                    continue;
                }
                articles.add(article);
            } catch (ArticleFormatException e) {
                problems.add(e.problem());
            }
        }
        return new Result(new KnowledgeBase(articles, topics, synonyms, outOfScope, otherPlaces, places, Instant.now()),
                List.copyOf(problems));
    }

    private static Topics missingTopics(List<Problem> problems) {
        problems.add(new Problem(TOPICS, 0, "missing: the topic list is required"));
        return new Topics(Map.of());
    }

    /** One group a line, members separated by commas; '#' starts a comment. */
    static List<List<String>> synonyms(String text, List<Problem> problems) {
        List<List<String>> groups = new ArrayList<>();
        if (text == null) {
            return groups;
        }
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> members = Stream.of(line.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (members.size() < 2) {
                problems.add(new Problem(SYNONYMS, i + 1, "a synonym group needs at least two members separated by commas"));
                continue;
            }
            groups.add(members);
        }
        return groups;
    }

    /** "phrase, phrase => reply" a line; '#' starts a comment line. */
    static List<KnowledgeBase.Redirect> redirects(String text, List<Problem> problems) {
        List<KnowledgeBase.Redirect> redirects = new ArrayList<>();
        if (text == null) {
            return redirects;
        }
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf("=>");
            List<String> phrases = arrow < 0 ? List.of()
                    : Stream.of(line.substring(0, arrow).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            String reply = arrow < 0 ? "" : line.substring(arrow + 2).strip();
            if (phrases.isEmpty() || reply.isEmpty()) {
                problems.add(new Problem(OUT_OF_SCOPE, i + 1, "expected 'phrase, phrase => reply'"));
                continue;
            }
            redirects.add(new KnowledgeBase.Redirect(phrases, reply));
        }
        return redirects;
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Stream.of(text.split("\r?\n")).map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static String read(Path path, String name, List<Problem> problems) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, 0, "not valid UTF-8"));
            return null;
        }
    }

    static int lineOf(String text, String prefix) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code <id>.uk.md}, {@code <id>.en.md}: editions in other languages, not Polish articles (issue 13). */
    static boolean isTranslation(Path path) {
        return path.getFileName().toString().matches(".+\\.[a-z]{2}\\.md");
    }
}

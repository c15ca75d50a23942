package pl.krakow.kck.bot.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.ArticleFormatException;
import pl.krakow.kck.bot.knowledge.ArticleParser;
import pl.krakow.kck.bot.knowledge.KnowledgeBaseLoader;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Editors' changes to the knowledge-base folder, which stays the one source of truth: a question added to an
 * article's {@code questions:}, a line added to {@code out-of-scope.txt}. Each change is checked (the article
 * parsed again, the whole folder loaded by the live index); a change the index refuses is undone, so the
 * folder never keeps what the service cannot serve. Serialised: one edit at a time.
 */
public final class KnowledgeBaseEdits {

    /** Why an edit was not made, in words for the editor (Polish, from the catalogue) and for the log. */
    public static final class Refused extends Exception {
        private final String polish;

        /** @param named the text's {@code {name}} placeholders and their values, in pairs */
        Refused(String english, String key, String... named) {
            super(english);
            String text = Messages.text(Lang.PL, "console-review.refused." + key);
            for (int i = 0; i + 1 < named.length; i += 2) {
                text = text.replace("{" + named[i] + "}", named[i + 1]);
            }
            this.polish = text;
        }

        public String polish() {
            return polish;
        }
    }

    static final int MAX_QUESTION = 200;

    private final LiveIndex index;
    private final ArticleParser parser = new ArticleParser();

    public KnowledgeBaseEdits(LiveIndex index) {
        this.index = index;
    }

    /** A question, as an article's {@code questions:} item takes it: one line, no YAML markup, at most 200 characters. */
    static String questionLine(String text) {
        String line = text.replaceAll("[\\r\\n\\t]+", " ").replaceAll("[\"#:\\[\\]{}|>*&!%@`]", " ")
                .replaceAll("\\s+", " ").strip();
        line = line.replaceFirst("^[-\\s]+", "");
        return line.length() <= MAX_QUESTION ? line : line.substring(0, MAX_QUESTION).strip();
    }

    /** Adds {@code question} to the article's questions (unless it is there already) and re-indexes; returns the line added, or null. */
    public synchronized String addQuestion(String articleId, String question) throws Refused {
        String line = questionLine(question);
        if (line.isEmpty()) {
            throw new Refused("empty question", "empty");
        }
        Article article = index.get().article(articleId)
                .orElseThrow(() -> new Refused("no article " + articleId, "no-article", "article", articleId));
        if (article.questions().stream().anyMatch(q -> TextAnalyzer.fold(q).equals(TextAnalyzer.fold(line)))) {
            return null;
        }
        Path file = index.folder().resolve(article.file());
        try {
            String before = Files.readString(file, StandardCharsets.UTF_8);
            String after = withQuestion(before, line);
            try {
                parser.parse(article.file(), after);
            } catch (ArticleFormatException e) {
                throw new Refused(e.getMessage(), "invalid", "problem", e.getMessage());
            }
            replace(file, before, after);
            return line;
        } catch (IOException e) {
            throw new Refused("cannot write " + file + ": " + e.getMessage(), "write-article");
        }
    }

    /** Appends {@code phrases => reply} to out-of-scope.txt and re-indexes. */
    public synchronized String addOutOfScope(String phrases, String reply) throws Refused {
        String what = phrases.replaceAll("[\\r\\n=>#]+", " ").replaceAll("\\s+", " ").strip();
        String answer = reply.replaceAll("[\\r\\n]+", " ").replace("=>", "→").replaceAll("\\s+", " ").strip();
        if (what.isEmpty() || answer.isEmpty()) {
            throw new Refused("phrases and reply are required", "out-of-scope-words");
        }
        Path file = index.folder().resolve(KnowledgeBaseLoader.OUT_OF_SCOPE);
        try {
            String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            String line = what + " => " + answer;
            String after = before + (before.isEmpty() || before.endsWith("\n") ? "" : "\n") + line + "\n";
            replace(file, before, after);
            return line;
        } catch (IOException e) {
            throw new Refused(e.getMessage(), "write-file", "file", KnowledgeBaseLoader.OUT_OF_SCOPE);
        }
    }

    /** Writes the new text, re-indexes; when the index refuses it, writes the old text back and re-indexes again. */
    private void replace(Path file, String before, String after) throws IOException, Refused {
        write(file, after);
        LiveIndex.Status status = index.reload();
        if (!status.applied()) {
            write(file, before);
            index.reload();
            throw new Refused("reload refused: " + status.problems(), "reload", "problems", String.valueOf(status.problems()));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The article's text with {@code line} as the last item of its front matter's {@code questions:} list. */
    static String withQuestion(String text, String line) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        int questions = -1;
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.strip().equals("---")) {
                end = i;
                break;
            }
            if (l.toLowerCase(Locale.ROOT).startsWith("questions:")) {
                questions = i;
            }
        }
        if (end < 0) {
            return text; // no front matter: the parser will say so
        }
        String item = "  - " + line;
        if (questions < 0) {
            lines.add(end, item);
            lines.add(end, "questions:");
        } else {
            int last = questions;
            while (last + 1 < end && (lines.get(last + 1).stripLeading().startsWith("-") || lines.get(last + 1).isBlank())) {
                last++;
            }
            while (last > questions && lines.get(last).isBlank()) {
                last--;
            }
            lines.add(last + 1, item);
        }
        return String.join(newline, lines);
    }
}

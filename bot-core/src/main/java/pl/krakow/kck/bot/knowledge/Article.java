package pl.krakow.kck.bot.knowledge;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * One knowledge-base article: one question answered well.
 *
 * @param id        stable identifier, equal to the file name
 * @param title     the question the article answers
 * @param topic     topic slug (topics.tsv)
 * @param sources   where the facts come from
 * @param updated   when the article was last checked against its sources
 * @param questions other ways residents ask the same thing
 * @param keywords  words residents may use that the text does not contain
 * @param body      the answer, Markdown; its first paragraph answers in one or two sentences
 * @param file      where the article was read from, relative to the knowledge-base folder
 */
public record Article(String id, String title, String topic, List<URI> sources, LocalDate updated,
                      List<String> questions, List<String> keywords, String body, String file) {

    public Article {
        sources = List.copyOf(sources);
        questions = List.copyOf(questions);
        keywords = List.copyOf(keywords);
    }

    /** The first paragraph: the short answer. */
    public String lead() {
        String trimmed = body.strip();
        int end = trimmed.indexOf("\n\n");
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}

package pl.krakow.kck.bot.review;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Questions waiting for an editor, grouped on lemmas: how often residents asked them without an answer
 * ({@code unanswered}) or rated the answer 👎 ({@code disliked}, with the articles that were shown).
 */
public record ReviewGroup(String key, String text, long unanswered, long disliked, List<String> examples, List<String> articles,
                          OffsetDateTime lastAt) {

    public ReviewGroup {
        examples = List.copyOf(examples);
        articles = List.copyOf(articles);
    }
}

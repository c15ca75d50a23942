package pl.krakow.kck.bot.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a set of days of the contact centre's time zone held, in the shape the daily roll-ups keep and today's
 * live count has, so that the two add up: messages by day, channel, the conversation's language, author and
 * reply kind; contacts (a conversation's messages on one day) and how they ended; conversations started per
 * local hour; answers per article; residents' questions that got a fallback, by group and redacted wording.
 */
record DayCounts(List<MessageCount> messages, List<ContactCount> contacts, List<HourCount> hours, List<ArticleCount> articles,
                 List<QuestionCount> questions) {

    /** Messages of one day; {@code kind} is null for messages without a reply kind (residents', consultants'). */
    record MessageCount(LocalDate day, String channel, String lang, String author, String kind, long count) {
    }

    /**
     * Contacts of one day: conversations with messages that day; started ones had their first message that day;
     * contained ones had no handoff asked that day and fewer than two fallbacks that day.
     */
    record ContactCount(LocalDate day, String channel, String lang, long started, long contacts, long contained,
                        long handedOver, long repeatedMisses) {
    }

    /** Conversations started in one local hour (0–23) of one day. */
    record HourCount(LocalDate day, int hour, long started) {
    }

    /** Answers that showed one article. */
    record ArticleCount(String articleId, String topic, long answers) {
    }

    /**
     * A question that got a fallback: its group (the lemma key of the wording), the wording as it may be shown
     * (personal data redacted), and how often.
     */
    record QuestionCount(String key, String wording, long count) {
    }

    static final DayCounts EMPTY = new DayCounts(List.of(), List.of(), List.of(), List.of(), List.of());

    DayCounts {
        messages = List.copyOf(messages);
        contacts = List.copyOf(contacts);
        hours = List.copyOf(hours);
        articles = List.copyOf(articles);
        questions = List.copyOf(questions);
    }

    DayCounts plus(DayCounts other) {
        return new DayCounts(concat(messages, other.messages), concat(contacts, other.contacts), concat(hours, other.hours),
                concat(articles, other.articles), concat(questions, other.questions));
    }

    boolean isEmpty() {
        return messages.isEmpty() && contacts.isEmpty() && hours.isEmpty() && articles.isEmpty() && questions.isEmpty();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<T> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}

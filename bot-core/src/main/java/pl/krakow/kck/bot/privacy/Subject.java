package pl.krakow.kck.bot.privacy;

import java.util.Set;

/**
 * Everything stored about one resident, found from one key: their conversations, the reports they filed, their
 * support of others' reports (by the support's idempotency key), their consultant cases and Telegram chats.
 */
public record Subject(SubjectKey key, Set<String> conversations, Set<Long> reports, Set<String> supports, Set<Long> cases,
                      Set<Long> telegramChats) {

    public Subject {
        conversations = Set.copyOf(conversations);
        reports = Set.copyOf(reports);
        supports = Set.copyOf(supports);
        cases = Set.copyOf(cases);
        telegramChats = Set.copyOf(telegramChats);
    }

    public boolean isEmpty() {
        return conversations.isEmpty() && reports.isEmpty() && supports.isEmpty() && cases.isEmpty() && telegramChats.isEmpty();
    }

    /** Counts only, for the privacy record. */
    public String summary() {
        return "conversations=" + conversations.size() + " reports=" + reports.size() + " supports=" + supports.size() + " cases=" + cases.size()
                + " telegram-chats=" + telegramChats.size();
    }
}

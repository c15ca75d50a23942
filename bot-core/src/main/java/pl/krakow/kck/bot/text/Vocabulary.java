package pl.krakow.kck.bot.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one vocabulary of answer words ({@code vocabulary.*} in the message catalogues): yes, no, cancel,
 * back, skip… per language, each phrase compared after {@link Words#normalize}. A resident writing in
 * another language may use the Polish words too ("tak", "anuluj" are on forms and signs everywhere).
 */
public final class Vocabulary {

    /** The groups of answer words. */
    public enum Group {
        YES, SEND, HANDOFF, NO, CANCEL, BACK, EDIT, SKIP, PASS, JOIN, NEW, THANKS, VAGUE, FIRST, SECOND, THIRD, FOURTH, FIFTH, LAST, OPTION;

        String key() {
            return "vocabulary." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Map<Lang, Map<Group, Set<String>>> CACHE = new ConcurrentHashMap<>();

    private Vocabulary() {
    }

    /** The group's phrases in {@code lang} and in Polish, normalised. */
    public static Set<String> phrases(Lang lang, Group group) {
        return CACHE.computeIfAbsent(lang, l -> new ConcurrentHashMap<>()).computeIfAbsent(group, g ->
                Stream.of(Messages.text(lang, g.key()), Messages.text(Lang.PL, g.key()))
                        .flatMap(list -> Arrays.stream(list.split(","))).map(Words::normalize).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether the whole message (normalised) is one of the group's phrases. */
    public static boolean says(Lang lang, Group group, String text) {
        return phrases(lang, group).contains(Words.normalize(text));
    }

    /** The place {@link #optionPlace} gives for the last option ("ta ostatnia", "the last one", "остання"). */
    public static final int LAST_PLACE = Integer.MAX_VALUE;

    private static final java.util.regex.Pattern OPTION_NUMBER = java.util.regex.Pattern.compile("[1-9]\\d?");
    private static final List<Group> ORDINALS = List.of(Group.FIRST, Group.SECOND, Group.THIRD, Group.FOURTH, Group.FIFTH);

    /**
     * The place (from 0) of the option a short message picks by number or ordinal, with the words around them
     * ({@link Group#OPTION}): "ta druga", "nr 2", "the second one", "другий варіант"; {@link #LAST_PLACE} for the last
     * ("ta ostatnia"); -1 when it names no place.
     */
    public static int optionPlace(Lang lang, String text) {
        List<String> words = Words.of(text).stream().filter(w -> !phrases(lang, Group.OPTION).contains(w)).toList();
        if (words.size() != 1) {
            return -1;
        }
        String word = words.getFirst();
        if (OPTION_NUMBER.matcher(word).matches()) {
            return Integer.parseInt(word) - 1;
        }
        if (phrases(lang, Group.LAST).contains(word)) {
            return LAST_PLACE;
        }
        for (int place = 0; place < ORDINALS.size(); place++) {
            if (phrases(lang, ORDINALS.get(place)).contains(word)) {
                return place;
            }
        }
        return -1;
    }

    /** Whether the first of {@code words} is one of the group's one-word phrases. */
    public static boolean startsWith(Lang lang, Group group, List<String> words) {
        return !words.isEmpty() && phrases(lang, group).contains(words.getFirst());
    }

    /**
     * Whether the whole message (normalised) is a run of the groups' phrases: "ok wysyłaj", "tak, zgadzam się",
     * "nie, nie trzeba" — yes or no said at more length, with nothing else in it.
     */
    public static boolean composedOf(Lang lang, String text, Group... groups) {
        List<String> words = Words.of(text);
        if (words.isEmpty()) {
            return false;
        }
        Set<String> phrases = new HashSet<>();
        for (Group group : groups) {
            phrases.addAll(phrases(lang, group));
        }
        boolean[] reached = new boolean[words.size() + 1]; // reached[i]: the first i words are a run of phrases
        reached[0] = true;
        for (int end = 1; end <= words.size(); end++) {
            for (int start = 0; start < end && !reached[end]; start++) {
                reached[end] = reached[start] && phrases.contains(String.join(" ", words.subList(start, end)));
            }
        }
        return reached[words.size()];
    }
}

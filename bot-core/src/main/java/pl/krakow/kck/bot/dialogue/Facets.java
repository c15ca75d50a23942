package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a question asks of its subject (the cost, the place, the time it takes…): the facet lists of a language's
 * follow-up file ({@code facet <name>} lists, each with the words it adds to a search after a {@code →}), and which
 * facets the articles' titles tell ({@value FollowUps#TITLED}, {@value FollowUps#MATTER_TITLED}).
 */
final class Facets {

    private record Facet(String name, List<WordPattern> cues, String query) {
    }

    private final List<Facet> facets = new ArrayList<>();
    private final Set<String> titled;
    private final Set<String> matterTitled;

    /** @param prefix the name that opens a facet's list ({@code "facet "}) */
    Facets(WordLists lists, String prefix, String titledList, String matterTitledList) {
        lists.lists().forEach((name, patterns) -> {
            if (name.startsWith(prefix)) {
                facets.add(new Facet(name.substring(prefix.length()).strip(), patterns, lists.tails().getOrDefault(name, "")));
            }
        });
        this.titled = lists.list(titledList).stream().map(WordPattern::toString).collect(Collectors.toUnmodifiableSet());
        this.matterTitled = lists.list(matterTitledList).stream().map(WordPattern::toString).collect(Collectors.toUnmodifiableSet());
    }

    /** Every facet's cues, in file order. */
    List<WordPattern> cues() {
        List<WordPattern> cues = new ArrayList<>();
        facets.forEach(facet -> cues.addAll(facet.cues()));
        return cues;
    }

    /** The names of the facets, in file order. */
    List<String> names() {
        return facets.stream().map(Facet::name).toList();
    }

    /** The facet a text asks about (the first of the file that matches), if any. */
    Optional<String> of(String text) {
        String[] tokens = WordPattern.tokens(text);
        for (Facet facet : facets) {
            if (facet.cues().stream().anyMatch(p -> p.in(tokens))) {
                return Optional.of(facet.name());
            }
        }
        return Optional.empty();
    }

    /**
     * The facet a question asks first: the one whose cue begins earliest ("where do I pay?" asks the place, not the
     * cost; "until what time do I have to pay?" the hours), at the same word the first of the file.
     */
    Optional<String> asked(String text) {
        String[] tokens = WordPattern.tokens(text);
        for (int i = 0; i < tokens.length; i++) {
            for (Facet facet : facets) {
                for (WordPattern cue : facet.cues()) {
                    if (cue.matchAt(tokens, i) > 0) {
                        return Optional.of(facet.name());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether an article titled with the facet and all the subject's matter answers it. */
    boolean matterTitled(String facet) {
        return matterTitled.contains(facet);
    }

    /** Every facet a text asks about (a title may ask two: "Jak zgłosić zgon i jakie dokumenty są potrzebne?"). */
    Set<String> all(String text) {
        String[] tokens = WordPattern.tokens(text);
        return facets.stream().filter(f -> f.cues().stream().anyMatch(p -> p.in(tokens))).map(Facet::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether articles' titles tell the facet. */
    boolean titled(String facet) {
        return titled.contains(facet);
    }

    /** Whether a text (an article's title) speaks of the facet anywhere ("How and where do I pay…": the place and the cost). */
    boolean speaksOf(String text, String facet) {
        String[] tokens = WordPattern.tokens(text);
        return facets.stream().filter(f -> f.name().equals(facet))
                .anyMatch(f -> f.cues().stream().anyMatch(p -> p.in(tokens)));
    }

    /** The words a facet adds to a question ("ile kosztuje opłata"), empty for an unknown facet. */
    String query(String name) {
        return facets.stream().filter(f -> f.name().equals(name)).map(Facet::query).findFirst().orElse("");
    }
}

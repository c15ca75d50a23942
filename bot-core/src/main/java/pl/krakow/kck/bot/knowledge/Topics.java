package pl.krakow.kck.bot.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topic contract: slug → Polish name, in the order of {@code topics.tsv}; in a language's edition also the
 * names in that language ({@code topics.<lang>.tsv}), read beside the Polish ones as the words that name a topic.
 */
public final class Topics {

    private final Map<String, String> names;
    private final Map<String, String> translated;

    public Topics(Map<String, String> names) {
        this(names, Map.of());
    }

    private Topics(Map<String, String> names, Map<String, String> translated) {
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        this.translated = Map.copyOf(translated);
    }

    /** These topics with their names in an edition's language (slugs not in the contract are left out). */
    public Topics withTranslatedNames(Topics translations) {
        Map<String, String> kept = new LinkedHashMap<>();
        translations.names.forEach((slug, name) -> {
            if (names.containsKey(slug)) {
                kept.put(slug, name);
            }
        });
        return new Topics(names, kept);
    }

    /** The topic's Polish name, then its name in the edition's language when it has one. */
    public List<String> names(String slug) {
        String polish = names.get(slug);
        String other = translated.get(slug);
        if (polish == null) {
            return other == null ? List.of() : List.of(other);
        }
        return other == null ? List.of(polish) : List.of(polish, other);
    }

    /** Parses {@code slug<TAB>name} lines; '#' starts a comment. Errors name the line. */
    public static Topics parse(String file, String text, List<Problem> problems) {
        Map<String, String> names = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = lines[i].split("\t");
            if (parts.length != 2 || !parts[0].strip().matches("[a-z0-9-]+") || parts[1].isBlank()) {
                problems.add(new Problem(file, i + 1, "expected 'slug<TAB>Polish name'"));
                continue;
            }
            names.put(parts[0].strip(), parts[1].strip());
        }
        return new Topics(names);
    }

    public boolean contains(String slug) {
        return names.containsKey(slug);
    }

    public Optional<String> name(String slug) {
        return Optional.ofNullable(names.get(slug));
    }

    public List<String> slugs() {
        return List.copyOf(names.keySet());
    }
}

package pl.krakow.kck.bot.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The topic contract: slug → Polish name, in the order of {@code topics.tsv}. */
public final class Topics {

    private final Map<String, String> names;

    public Topics(Map<String, String> names) {
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** Parses {@code slug<TAB>name} lines; '#' starts a comment. Errors name the line. */
    static Topics parse(String file, String text, List<Problem> problems) {
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

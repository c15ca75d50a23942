package pl.krakow.kck.channels.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.helidon.config.Config;

/**
 * Keys under {@code kck.} that nothing reads: a mistyped key would otherwise fall back to its default
 * without a word. One from the configuration file or a {@code -D} option refuses the start, naming the key
 * and the nearest known one; one that only an environment variable brings ({@code KCK_FOO} becomes
 * {@code kck.foo}) is a warning naming the variable, since a stray variable on the machine must not stop
 * the service.
 */
final class UnknownKeys {

    /** Read by tools and tests themselves, not configuration: the bench's JVM flags, fault injection, the dist build. */
    private static final List<String> NOT_SETTINGS = List.of("kck.bench.", "kck.dist.", "kck.reports.halt-at",
            "kck.notifications.halt-at");

    private final Set<String> known;
    private final Map<String, String> environment;

    UnknownKeys(Set<String> known, Map<String, String> environment) {
        this.known = known;
        this.environment = environment;
    }

    /**
     * @param warn told of unknown keys that come from environment variables
     * @throws IllegalArgumentException listing every other unknown key, one a line
     */
    void check(Config root, Consumer<String> warn) {
        List<String> errors = new ArrayList<>();
        for (String key : present(root)) {
            if (known.contains(generic(key)) || NOT_SETTINGS.stream().anyMatch(key::startsWith)) {
                continue;
            }
            Optional<String> variable = variable(key);
            String hint = nearest(generic(key)).map(k -> "; did you mean " + k + "?").orElse("; see kck.example.yaml");
            if (variable.isPresent()) {
                warn.accept("environment variable " + variable.get() + " (" + key + "): unknown key, ignored" + hint);
            } else {
                errors.add(key + ": unknown key" + hint);
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", errors));
        }
    }

    /** The keys with a value under kck (list elements and empty lists included). */
    private static Set<String> present(Config root) {
        Set<String> keys = new TreeSet<>();
        root.get("kck").traverse()
                .filter(node -> node.type() == Config.Type.VALUE || node.asNodeList().map(List::isEmpty).orElse(false))
                .forEach(node -> keys.add(node.key().toString()));
        return keys;
    }

    /** kck.api.cors-origins.0 → kck.api.cors-origins; kck.console.accounts.0.login → kck.console.accounts.*.login */
    static String generic(String key) {
        String[] parts = key.split("\\.");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].chars().allMatch(Character::isDigit) && !parts[i].isEmpty()) {
                if (i < parts.length - 1) {
                    out.add("*");
                }
            } else {
                out.add(parts[i]);
            }
        }
        return String.join(".", out);
    }

    /** The environment variable that becomes this key (KCK_LLM_BASE_dash_URL → kck.llm.base-url), if one does. */
    private Optional<String> variable(String key) {
        return environment.keySet().stream()
                .filter(name -> name.toUpperCase(Locale.ROOT).startsWith("KCK_"))
                .filter(name -> name.replace("_dash_", "-").replace("_DASH_", "-").replace('_', '.')
                        .toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }

    /** The known key closest in spelling, when it is close enough to be a typing slip or an old name. */
    Optional<String> nearest(String key) {
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(key, k)).thenComparing(k -> k))
                .filter(k -> distance(key, k) <= Math.max(3, key.length() / 2));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

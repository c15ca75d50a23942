package pl.krakow.kck.channels.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

/** kck.example.yaml at the repository's root documents every key with its default, and nothing else. */
class KckExampleTest {

    private static final Path EXAMPLE = Path.of("../kck.example.yaml");

    private static Config example() {
        return Config.just(ConfigSources.file(EXAMPLE));
    }

    @Test
    void should_list_exactly_the_known_keys() {
        Set<String> listed = new TreeSet<>();
        example().get("kck").traverse()
                .filter(node -> node.type() == Config.Type.VALUE || node.asNodeList().map(List::isEmpty).orElse(false))
                .forEach(node -> listed.add(documented(UnknownKeys.generic(node.key().toString()))));
        Set<String> known = new TreeSet<>();
        KckSettings.knownKeys().forEach(key -> known.add(documented(key)));
        List<String> missing = new ArrayList<>(known);
        missing.removeAll(listed);
        List<String> extra = new ArrayList<>(listed);
        extra.removeAll(known);
        assertEquals(List.of(), missing, "known keys kck.example.yaml does not list");
        assertEquals(List.of(), extra, "keys in kck.example.yaml that nothing reads");
    }

    @Test
    void should_show_the_true_defaults() {
        List<String> warnings = new ArrayList<>();
        KckSettings documented = KckSettings.from(example(), Map.of(), warnings::add);
        KckSettings defaults = KckSettings.from(Config.empty(), Map.of(), warnings::add);
        assertEquals(defaults.service(), documented.service());
        assertEquals(defaults.reports(), documented.reports());
        assertEquals(List.of(), warnings);
    }

    @Test
    void should_accept_the_distributions_example_configuration() {
        List<String> warnings = new ArrayList<>();
        KckSettings production = KckSettings.from(Config.just(ConfigSources.file(Path.of(
                "../distribution/src/dist/conf/application.example.yaml"))), Map.of(), warnings::add);
        assertEquals("jdbc:postgresql://127.0.0.1:5432/kck", production.service().databaseUrl());
        assertEquals(List.of(), warnings);
    }

    /** A list of objects is documented as the list (kck.console.accounts: []), not field by field. */
    private static String documented(String key) {
        int star = key.indexOf(".*.");
        return star < 0 ? key : key.substring(0, star);
    }
}

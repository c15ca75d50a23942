package pl.krakow.kck.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionSourcesTest {

    @TempDir
    Path root;

    @Test
    void should_list_the_service_jar_first_then_the_libraries_by_name() throws Exception {
        DistributionSources sources = tree("lucene-core-10.5.0.jar", "h2-2.5.252.jar", "langchain4j-embeddings-1.19.0-beta29.jar");
        sources.check();
        assertEquals(List.of("channels-1.0.jar", "h2-2.5.252.jar", "langchain4j-embeddings-1.19.0-beta29.jar", "lucene-core-10.5.0.jar"),
                sources.jars().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void should_refuse_two_versions_of_one_library_left_by_an_earlier_build() throws Exception {
        DistributionSources sources = tree("jackson-core-2.17.0.jar", "jackson-core-2.22.1.jar", "h2-2.5.252.jar");
        IllegalStateException refused = assertThrows(IllegalStateException.class, sources::check);
        assertTrue(refused.getMessage().contains("[jackson-core-2.17.0.jar, jackson-core-2.22.1.jar]"), refused.getMessage());
    }

    @Test
    void should_say_what_is_missing_and_how_to_build_it() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DistributionSources.of(root, "1.0").check());
        assertTrue(refused.getMessage().contains("channels/target/channels-1.0.jar"), refused.getMessage());
        assertTrue(refused.getMessage().contains("./mvnw -B install -DskipTests"), refused.getMessage());
    }

    private DistributionSources tree(String... libraries) throws Exception {
        DistributionSources sources = DistributionSources.of(root, "1.0");
        Files.createDirectories(sources.libs());
        Files.writeString(sources.appJar(), "");
        for (String library : libraries) {
            Files.writeString(sources.libs().resolve(library), "");
        }
        for (Path folder : List.of(sources.files(), sources.articles(), sources.reports())) {
            Files.createDirectories(folder);
        }
        Files.writeString(sources.readme(), "");
        Files.writeString(sources.configKeys(), "");
        return sources;
    }
}

package pl.krakow.kck.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unpacked artefact as an operator runs it on the embedded H2 database: started by its own script and
 * runtime, answering over HTTP, stopped by SIGTERM; backed up with the H2 tool it carries, restored into a new
 * file and started on it with the transcript intact (README, "Production").
 */
@Tag("dist")
class DistributionH2Test {

    private static final String QUESTION = "gdzie wyrobić dowód osobisty";

    @TempDir
    Path folder;

    @Test
    void should_answer_from_the_unpacked_artefact_and_keep_the_transcript_through_an_h2_backup_and_restore() throws Exception {
        Path home = BuiltArtefact.home();
        List<String> shipped = files(home);
        Path data = folder.resolve("data");
        Path config = Files.writeString(folder.resolve("application.yaml"), """
                kck:
                  database:
                    url: jdbc:h2:file:%s
                """.formatted(data.resolve("kck")));

        String conversation;
        try (ArtefactService service = ArtefactService.start(home, folder, ArtefactService.environment(
                "KCK_CONFIG", config.toString(), "KCK_DATA", folder.resolve("work").toString()))) {
            conversation = service.startConversation();
            JsonObject reply = service.ask(conversation, QUESTION);
            System.out.printf("dist: H2, launch of bin/kck-assistant to the first answer %.1f s%n", service.secondsSinceLaunch());
            assertEquals("answer", reply.getString("kind"), reply.toString());
            assertEquals("dowod-gdzie-zlozyc-wniosek", reply.getJsonObject("article").getString("id"), reply.toString());
            assertEquals(200, service.get("/widget.js").statusCode(), "the widget, served from the jar");
            assertEquals(200, service.get("/observe/health/live").statusCode());
            assertTrue(service.get("/observe/metrics").body().contains("kck_replies_total"), "metrics");
            Command health = Command.run(folder, ArtefactService.environment("SERVER_PORT", Integer.toString(service.port())),
                    home.resolve("bin/kck-assistant").toString(), "health");
            assertEquals(0, health.status(), "the container's HEALTHCHECK command: " + health.output());
            assertEquals(143, service.stop(), "SIGTERM ends the JVM through its shutdown hook:\n" + service.log());
        }
        assertEquals(shipped, files(home), "the service wrote nothing into the artefact's folder");

        // README, "Backups": with the service stopped, the H2 Script tool from lib/ run by the bundled runtime
        Path backup = folder.resolve("kck-backup.zip");
        String java = home.resolve("runtime/bin/java").toString();
        String h2 = home.resolve("lib").toString() + "/*";
        Command.run(folder, Map.of(), java, "-cp", h2, "org.h2.tools.Script", "-url", "jdbc:h2:file:" + data.resolve("kck"),
                "-script", backup.toString(), "-options", "compression", "zip").ok("H2 backup");
        Path restored = folder.resolve("restored");
        Command.run(folder, Map.of(), java, "-cp", h2, "org.h2.tools.RunScript", "-url", "jdbc:h2:file:" + restored.resolve("kck"),
                "-script", backup.toString(), "-options", "compression", "zip").ok("H2 restore");

        try (ArtefactService service = ArtefactService.start(home, folder, ArtefactService.environment(
                "KCK_DATABASE_URL", "jdbc:h2:file:" + restored.resolve("kck"), "KCK_DATA", folder.resolve("work").toString()))) {
            String transcript = service.conversation(conversation).toString();
            assertTrue(transcript.contains(QUESTION) && transcript.contains("\"author\":\"assistant\""), transcript);
        }
    }

    private static List<String> files(Path home) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(home)) {
            return files.map(home::relativize).map(Path::toString).sorted().toList();
        }
    }
}

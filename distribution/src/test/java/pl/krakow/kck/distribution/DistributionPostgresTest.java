package pl.krakow.kck.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unpacked artefact on a fresh PostgreSQL database made as the README says (a login role owning its
 * database): it answers; during a database outage it stays alive but not ready, and is ready again when the
 * database is back; pg_dump while it runs, pg_restore into a new database, and the service started on that one
 * has the transcript (README, "Backups and restore").
 */
@Tag("dist")
class DistributionPostgresTest {

    private static final String QUESTION = "ile kosztuje dowód osobisty";

    @TempDir
    Path folder;

    @Test
    void should_answer_on_postgresql_survive_an_outage_and_keep_the_transcript_through_pg_dump_and_pg_restore() throws Exception {
        Required.component(PostgresServer.reachable(), "PostgreSQL at " + PostgresServer.URL + " as " + PostgresServer.ADMIN
                + " (start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)");
        Required.component(Required.onPath("pg_dump") && Required.onPath("pg_restore"), "pg_dump and pg_restore (package postgresql-client)");
        Path home = BuiltArtefact.home();

        try (PostgresServer postgres = new PostgresServer().createRole()) {
            String database = postgres.role;
            String restoredDatabase = database + "_restored";
            postgres.createDatabase(database);
            Path dump = folder.resolve("kck.dump");
            String conversation;
            try (ArtefactService service = ArtefactService.start(home, folder, database(postgres, database))) {
                conversation = service.startConversation();
                JsonObject reply = service.ask(conversation, QUESTION);
                System.out.printf("dist: PostgreSQL, launch of bin/kck-assistant to the first answer %.1f s%n", service.secondsSinceLaunch());
                assertEquals("answer", reply.getString("kind"), reply.toString());
                assertEquals("dowod-oplata", reply.getJsonObject("article").getString("id"), reply.toString());

                postgres.refuseConnections(database, true);
                try {
                    assertEquals(200, service.get("/observe/health/live", Duration.ofSeconds(5)).statusCode(),
                            "alive while the database is down: restarting would not bring it back");
                    assertNotEquals(200, readiness(service), "not ready while the database is down");
                } finally {
                    postgres.refuseConnections(database, false);
                }
                awaitReady(service);

                // README, "Backups": pg_dump runs while the service does (it reads one consistent snapshot)
                pgTool(postgres, "pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + database).ok("pg_dump");
                assertEquals(143, service.stop(), service.log());
            }

            postgres.createDatabase(restoredDatabase);
            pgTool(postgres, "pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + restoredDatabase, dump.toString()).ok("pg_restore");
            try (ArtefactService service = ArtefactService.start(home, folder, database(postgres, restoredDatabase))) {
                String transcript = service.conversation(conversation).toString();
                assertTrue(transcript.contains(QUESTION) && transcript.contains("\"author\":\"assistant\""), transcript);
            }
        }
    }

    private static Map<String, String> database(PostgresServer postgres, String database) {
        return ArtefactService.environment("KCK_DATABASE_URL", postgres.url(database), "KCK_DATABASE_USER", postgres.role,
                "KCK_DATABASE_PASSWORD", postgres.password);
    }

    private Command pgTool(PostgresServer postgres, String tool, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(tool, "--host=" + PostgresServer.host(),
                "--port=" + PostgresServer.port(), "--username=" + postgres.role, "--no-password"));
        command.addAll(java.util.List.of(args));
        return Command.run(folder, Map.of("PGPASSWORD", postgres.password), command);
    }

    /** The readiness status, or 0 when it does not answer within 3 s (the pool waits for a connection). */
    private static int readiness(ArtefactService service) throws Exception {
        try {
            return service.get("/observe/health/ready", Duration.ofSeconds(3)).statusCode();
        } catch (HttpTimeoutException e) {
            return 0;
        }
    }

    private static void awaitReady(ArtefactService service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = readiness(service);
            if (status != 200) {
                Thread.sleep(200);
            }
        }
        assertEquals(200, status, "ready again once the database is back:\n" + service.log());
    }
}

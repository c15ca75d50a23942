package pl.krakow.kck.channels.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.reports.ReportNumber;

/**
 * The service is killed while a confirmed report is being filed, at exact points (just before and just
 * after the commit, by the fault-injection property) and at arbitrary moments (kill -9 some milliseconds
 * after the confirmation was sent), then restarted on the same database. Each time the report exists
 * exactly once, or not at all and the resident was not told it was accepted; confirming again after the
 * restart never files a second one.
 */
class KillAndRestartTest {

    private static final String ACCEPTED = "Przyjęliśmy zgłoszenie";

    @TempDir
    Path folder;

    @Test
    void should_never_lose_a_confirmed_report_nor_file_it_twice_when_killed_during_submission() throws Exception {
        String first;
        ServiceProcess beforeCommit = ServiceProcess.start(folder, "before-commit");
        try {
            first = toSummary(beforeCommit, 1);
            confirmAndDie(beforeCommit, first);
        } finally {
            beforeCommit.close();
        }

        ServiceProcess afterCommit = ServiceProcess.start(folder, "after-commit");
        try {
            assertEquals(0, afterCommit.reportCount(), "killed before the commit: no report");
            assertFalse(told(afterCommit, first), "and the resident was not told it was accepted");
            confirmAndDie(afterCommit, first);
        } finally {
            afterCommit.close();
        }

        ServiceProcess service = ServiceProcess.start(folder, null);
        try {
            assertEquals(1, service.reportCount(), "killed after the commit: the report exists once");
            assertFalse(told(service, first), "though the resident was not told yet");
            String again = service.say(first, "tak");
            assertTrue(again.contains("jest już przyjęte") && again.contains("KRK-"), again);
            assertEquals(1, service.reportCount(), "confirming again files nothing new");

            for (long delay : new long[] {0, 5, 25, 120}) {
                String conversation = toSummary(service, (int) delay + 2);
                int before = service.reportCount();
                CompletableFuture<HttpResponse<String>> confirmation = service.sayLater(conversation, "tak");
                Thread.sleep(delay);
                service.kill();
                Optional<String> toldNumber = answered(confirmation);
                service = ServiceProcess.start(folder, null);
                int after = service.reportCount();
                System.out.printf("kill-and-restart: killed %d ms after the confirmation: report %s, answer received: %s%n",
                        delay, after > before ? "filed" : "not filed", toldNumber.isPresent() ? "yes" : "no");
                assertTrue(after == before || after == before + 1, "killed " + delay + " ms in: at most one report, got " + (after - before));
                if (toldNumber.isPresent() || told(service, conversation)) {
                    assertEquals(before + 1, after, "a report the resident was told about exists (killed " + delay + " ms in)");
                }
                if (after == before) {
                    assertFalse(told(service, conversation), "no report, and the resident was not told otherwise");
                }
                String reply = service.say(conversation, "tak");
                assertTrue(reply.contains("KRK-"), reply);
                assertEquals(before + 1, service.reportCount(), "after the restart the report exists exactly once (killed " + delay + " ms in)");
                toldNumber.ifPresent(number -> assertTrue(reply.contains(number), "the same number: " + reply));
            }
        } finally {
            service.close();
        }
    }

    /** A conversation whose report waits for confirmation; a different building each time, so no duplicates are offered. */
    private static String toSummary(ServiceProcess service, int building) throws Exception {
        String id = service.startConversation();
        assertTrue(service.say(id, "Na Karmelickiej " + building + " nie świeci latarnia").contains("Ile latarni"));
        service.say(id, "1");
        service.say(id, "pomiń");
        service.say(id, "pomiń");
        String summary = service.say(id, "pomiń");
        assertTrue(summary.contains("Sprawdź zgłoszenie"), summary);
        return id;
    }

    private static void confirmAndDie(ServiceProcess service, String conversation) throws Exception {
        CompletableFuture<HttpResponse<String>> confirmation = service.sayLater(conversation, "tak");
        assertTrue(service.awaitExit(Duration.ofSeconds(30)), "the service halts at the injected point");
        assertTrue(answered(confirmation).isEmpty(), "no answer came from a halted service");
    }

    /** The number the resident was told, if the answer arrived before the kill. */
    private static Optional<String> answered(CompletableFuture<HttpResponse<String>> confirmation) {
        try {
            HttpResponse<String> response = confirmation.get(30, TimeUnit.SECONDS);
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            String text = ServiceProcess.json(response.body()).getJsonObject("reply").getString("text");
            return text.contains(ACCEPTED) ? ReportNumber.find(text) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static boolean told(ServiceProcess service, String conversation) throws Exception {
        List<String> said = service.assistantMessages(conversation);
        return said.stream().anyMatch(t -> t.contains(ACCEPTED));
    }
}

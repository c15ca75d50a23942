package pl.krakow.kck.channels.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.reports.ReportNumber;

/**
 * The service is killed while it tells a resident that the city closed their report — just before and
 * just after the commit that stores the notification in the conversation (fault-injection property
 * kck.notifications.halt-at) — and restarted on the same database: the resident is told exactly once.
 */
class NotificationKillAndRestartTest {

    private static final String KEY = "city-key";
    private static final String TOLD = "Zmiana w Twoim zgłoszeniu";

    @TempDir
    Path folder;

    @Test
    void should_tell_the_resident_once_when_killed_while_notifying() throws Exception {
        String conversation;
        String number;
        ServiceProcess beforeCommit = start("before-commit");
        try {
            conversation = beforeCommit.startConversation();
            for (String text : List.of("Na Karmelickiej 7 nie świeci latarnia", "1", "pomiń", "pomiń", "pomiń")) {
                beforeCommit.say(conversation, text);
            }
            number = ReportNumber.find(beforeCommit.say(conversation, "tak")).orElseThrow();
            try {
                beforeCommit.cityUpdates(number, KEY, "closed", "Wymieniono oprawę.");
            } catch (java.io.IOException e) {
                // the halt may come before the answer: the update itself was committed first
            }
            assertTrue(beforeCommit.awaitExit(Duration.ofSeconds(30)), "halted while storing the notification");
        } finally {
            beforeCommit.close();
        }

        try {
            ServiceProcess afterCommit = start("after-commit");
            try {
                assertTrue(afterCommit.awaitExit(Duration.ofSeconds(30)), "the pending notification is sent after the restart, then halted");
            } finally {
                afterCommit.close();
            }
        } catch (IllegalStateException e) { // it may halt at the injected point before it reports healthy
            assertTrue(e.getMessage().contains("exited with 137"), e.getMessage());
        }

        ServiceProcess service = start(null);
        try {
            Thread.sleep(1500); // several passes of the dispatcher
            List<String> told = service.assistantMessages(conversation).stream().filter(t -> t.contains(TOLD)).toList();
            assertEquals(1, told.size(), "told exactly once: " + told);
            assertTrue(told.getFirst().contains(number) && told.getFirst().contains("Wymieniono oprawę."), told.getFirst());
        } finally {
            service.close();
        }
    }

    private ServiceProcess start(String haltAt) throws Exception {
        List<String> properties = new java.util.ArrayList<>(List.of("-Dkck.reports.open311.api-keys=" + KEY));
        if (haltAt != null) {
            properties.add("-Dkck.notifications.halt-at=" + haltAt);
        }
        return ServiceProcess.start(folder, properties, 0);
    }
}

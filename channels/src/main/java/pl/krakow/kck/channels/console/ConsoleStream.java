package pl.krakow.kck.channels.console;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;


import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.handoff.HandoffCase;
import pl.krakow.kck.bot.handoff.HandoffEvents;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * The console's live updates as Server-Sent Events ({@code text/event-stream}, read by the page's
 * EventSource): {@code case} when a case is opened, claimed, transferred or closed (every consultant, so that
 * the queue redraws), and {@code message} when a message is stored in a conversation with an open case
 * (consultants allowed to see it). Events carry ids only, never what a resident wrote; the page fetches the
 * case. Written by hand on the response's output stream: helidon-webserver-sse 4.2.6 does not resolve here.
 */
public final class ConsoleStream implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ConsoleStream.class.getName());
    private static final String END = new String("end of stream"); // compared by identity
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Duration SESSION_CHECK = Duration.ofSeconds(5);
    private static final int BACKLOG = 1_000;

    private final HandoffRepository cases;
    private final ConsoleSessions sessions;
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final ConversationEvents.Subscription messages;
    private final HandoffEvents.Subscription changes;
    private volatile boolean closed;

    private record Client(ConsoleSession session, BlockingQueue<String> outbox) {
    }

    public ConsoleStream(ConversationEvents events, HandoffEvents caseEvents, HandoffRepository cases, ConsoleSessions sessions) {
        this.cases = cases;
        this.sessions = sessions;
        this.messages = events.subscribeAll(this::onMessage);
        this.changes = caseEvents.subscribe(this::onCase);
    }

    /** Streams events to one signed-in consultant until they leave, the session ends or the service stops. */
    public void serve(ConsoleSession session, ServerResponse response) {
        Client client = new Client(session, new LinkedBlockingQueue<>(BACKLOG));
        response.header(HeaderNames.CONTENT_TYPE, "text/event-stream; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.header(HeaderNames.create("X-Accel-Buffering"), "no");
        clients.add(client);
        long deadline = System.nanoTime() + LIFETIME.toNanos();
        long checked = System.nanoTime();
        try (OutputStream out = response.outputStream()) {
            write(out, "retry: 3000\n: connected\n\n");
            while (!closed && System.nanoTime() < deadline) {
                String event = client.outbox().poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                if (event == END || closed) {
                    break;
                }
                if (System.nanoTime() - checked > SESSION_CHECK.toNanos()) { // the session lives in the database
                    if (!sessions.isLive(session.token())) {
                        break;
                    }
                    checked = System.nanoTime();
                }
                write(out, event == null ? ": ping\n\n" : event);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.FINE, "console stream of " + session.login() + " ended", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(client);
        }
    }

    /** Consultants connected now. */
    public int connected() {
        return clients.size();
    }

    private void onCase(HandoffCase changed) {
        String event = event("case", JSON.createObjectBuilder().add("id", changed.id()).add("state", changed.state().wire()).build().toString());
        clients.forEach(client -> send(client, event));
    }

    private void onMessage(StoredMessage message) {
        if (clients.isEmpty()) {
            return;
        }
        Optional<HandoffCase> open = cases.openFor(message.conversationId());
        if (open.isEmpty()) {
            return;
        }
        HandoffCase handoff = open.get();
        String event = event("message", JSON.createObjectBuilder().add("caseId", handoff.id()).add("seq", message.seq())
                .add("author", message.author().wire()).build().toString());
        for (Client client : clients) {
            ConsoleSession session = client.session();
            if (handoff.isVisibleTo(session.consultant())) {
                send(client, event);
            }
        }
    }

    private static void send(Client client, String event) {
        if (!client.outbox().offer(event)) {
            LOG.fine(() -> "console stream of " + client.session().login() + " is not reading; event dropped");
        }
    }

    private static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        messages.close();
        changes.close();
        clients.forEach(client -> client.outbox().offer(END));
    }
}

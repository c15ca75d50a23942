package pl.krakow.kck.channels.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.channels.server.ClientAddresses;
import pl.krakow.kck.channels.server.StreamLimits;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Server-sent events of one conversation: every stored message (the resident's, the assistant's, a
 * consultant's) as event {@code message} with {@code id} = its sequence number. A reconnecting client
 * sends {@code Last-Event-ID} (EventSource does so by itself) or {@code ?after=N} and first gets what it
 * missed from the transcript, so nothing is lost across a reload or a network drop. A comment line every
 * 15 s keeps proxies from closing the stream; after 30 minutes the stream ends and the client reconnects.
 */
final class ConversationStream {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final io.helidon.http.HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");

    private final AssistantService assistant;
    private final StreamLimits limits;

    ConversationStream(AssistantService assistant, StreamLimits limits) {
        this.assistant = assistant;
        this.limits = limits;
    }

    void stream(ServerRequest request, ServerResponse response, String id) {
        StreamLimits.Slot slot = limits.open(ClientAddresses.client(request)).orElseThrow(() ->
                ApiException.of(Status.TOO_MANY_REQUESTS_429, "too-many-streams", "Too many streams",
                        Messages.text(Lang.resident(), "api-errors.too-many-streams"),
                        "Too many open event streams from this address; close one and retry.").retryAfter(30));
        try (slot) {
            stream(request, response, id, after(request));
        }
    }

    private void stream(ServerRequest request, ServerResponse response, String id, int after) {
        BlockingQueue<StoredMessage> live = new LinkedBlockingQueue<>(1000);
        try (ConversationEvents.Subscription subscription = assistant.events().subscribe(id, live::offer)) {
            response.header(HeaderNames.CONTENT_TYPE, "text/event-stream; charset=UTF-8");
            response.header(HeaderNames.CACHE_CONTROL, "no-cache");
            response.header(HeaderNames.create("X-Accel-Buffering"), "no");
            try (OutputStream out = response.outputStream()) {
                write(out, "retry: 3000\n\n");
                int sent = after;
                for (StoredMessage missed : assistant.transcript(id)) {
                    if (missed.seq() > sent) {
                        send(out, missed);
                        sent = missed.seq();
                    }
                }
                long end = System.nanoTime() + LIFETIME.toNanos();
                while (System.nanoTime() < end) {
                    StoredMessage next = live.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                    if (next == null) {
                        write(out, ": ping\n\n");
                    } else if (next.seq() > sent) {
                        send(out, next);
                        sent = next.seq();
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the client went away; its EventSource reconnects with Last-Event-ID when it comes back
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int after(ServerRequest request) {
        String value = request.headers().first(LAST_EVENT_ID)
                .orElseGet(() -> request.query().first("after").orElse("0"));
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void send(OutputStream out, StoredMessage message) throws IOException {
        JsonObject json = ConversationApi.message(message).add("conversationId", message.conversationId()).build();
        write(out, "id: " + message.seq() + "\nevent: message\ndata: " + json + "\n\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

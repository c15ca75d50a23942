package pl.krakow.kck.channels.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;

import pl.krakow.kck.bot.dialogue.ReplyKind;

/**
 * What the contact centre watches on /observe/metrics: replies by kind (how often the assistant answers,
 * asks, or does not know) and the time to reply.
 */
final class ReplyMetrics {

    private final Timer latency = Metrics.globalRegistry().getOrCreate(
            Timer.builder("kck.reply.time").description("Time to work out and store a reply"));

    /** Each kind's counter, registered when the first reply of the kind is counted (looked up once, not per reply). */
    private final Map<ReplyKind, Counter> replies = new ConcurrentHashMap<>();

    void record(ReplyKind kind, long nanos) {
        replies.computeIfAbsent(kind, k -> Metrics.globalRegistry().getOrCreate(Counter.builder("kck.replies")
                .description("Replies by kind").tags(List.of(Tag.create("kind", k.wire()))))).increment();
        latency.record(nanos, TimeUnit.NANOSECONDS);
    }
}

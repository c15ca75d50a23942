package pl.krakow.kck.bot.llm;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every call to a remote model goes through one: it is skipped while the {@link CircuitBreaker} is open,
 * given up after the timeout, and any error or timeout counts against the breaker. The caller gets an
 * empty result in each of those cases and answers without the model.
 */
public final class ModelGuard {

    private static final Logger LOG = Logger.getLogger(ModelGuard.class.getName());

    private final String name;
    private final Duration timeout;
    private final CircuitBreaker breaker;

    public ModelGuard(String name, Duration timeout, CircuitBreaker breaker) {
        this.name = name;
        this.timeout = timeout;
        this.breaker = breaker;
    }

    public static ModelGuard of(String name, Duration timeout, int failures, Duration openFor) {
        return new ModelGuard(name, timeout, new CircuitBreaker(failures, openFor, Clock.systemUTC()));
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    /** The call's result; empty when the breaker is open, the call failed or took longer than the timeout. */
    public <T> Optional<T> call(Callable<T> call) {
        if (!breaker.allow()) {
            LOG.fine(() -> name + ": circuit open, answering without the model");
            return Optional.empty();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = Thread.ofVirtual().name("kck-" + name).start(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            T value = result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            breaker.success();
            return Optional.ofNullable(value);
        } catch (TimeoutException e) {
            thread.interrupt();
            breaker.failure();
            LOG.warning(() -> name + ": no reply within " + timeout + ", answering without the model (breaker " + breaker.state() + ")");
            return Optional.empty();
        } catch (ExecutionException e) {
            breaker.failure();
            LOG.log(Level.WARNING, name + ": failed, answering without the model (breaker " + breaker.state() + "): "
                    + e.getCause(), LOG.isLoggable(Level.FINE) ? e.getCause() : null);
            return Optional.empty();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            breaker.failure();
            return Optional.empty();
        }
    }
}

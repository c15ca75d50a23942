package pl.krakow.kck.channels.server;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.management.UnixOperatingSystemMXBean;

import io.helidon.common.socket.SocketOptions;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;

/**
 * The web server with its connections guarded: per-client limit and read timeout on every accepted socket
 * ({@link GuardedSocketOptions}), a total that Helidon enforces before it accepts (so accepting can never run
 * out of file descriptors: the total is lowered to what the open-files limit leaves after a reserve), and a
 * watchdog that checks every few seconds that the port still accepts and starts the listener again if it
 * died anyway (Helidon ends its accept loop for good on any error). {@link #health()} reports it all.
 */
public final class GuardedServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GuardedServer.class.getName());
    private static final Duration WATCH_EVERY = Duration.ofSeconds(3);

    private volatile Consumer<WebServerConfig.Builder> setup;
    private final ServerLimits limits;
    private final ConnectionGuard guard;
    private final int totalConnections;
    private volatile InetAddress probeAddress;
    private final ScheduledExecutorService watchdog;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile WebServer server;
    private volatile int port;
    private volatile boolean listening;

    /** @param exemptClients addresses without a per-client limit: the trusted proxies */
    public GuardedServer(ServerLimits limits, Predicate<InetAddress> exemptClients) {
        this.limits = limits;
        this.guard = new ConnectionGuard(limits.perClient(), exemptClients);
        this.totalConnections = totalConnections(limits);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("listener-watchdog").daemon(true).factory());
    }

    /** @param setup the server's configuration, features and routing (applied to a fresh builder on each start) */
    public GuardedServer start(Consumer<WebServerConfig.Builder> setup) {
        this.setup = setup;
        this.server = build(-1).start();
        this.port = server.port();
        this.probeAddress = probeAddress(server);
        this.listening = true;
        watchdog.scheduleWithFixedDelay(this::watch, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(() -> "connections: at most " + totalConnections + " open (" + limits.perClient() + " per client), "
                + "closed after " + limits.readTimeout().toSeconds() + " s without a byte from the client");
        return this;
    }

    public int port() {
        return port;
    }

    public ConnectionGuard guard() {
        return guard;
    }

    /** The total actually enforced: the configured one, or less when the open-files limit is lower. */
    public int totalConnections() {
        return totalConnections;
    }

    public int listenerRestarts() {
        return restarts.get();
    }

    /** Readiness: down while the port does not accept or the process is close to its open-files limit. */
    public HealthCheck health() {
        return new HealthCheck() {
            @Override
            public HealthCheckResponse call() {
                long max = maxFiles();
                long files = openFiles();
                boolean filesLeft = max <= 0 || files < max - limits.reservedFiles() / 2;
                int connections = guard.openConnections();
                return HealthCheckResponse.builder().status(listening && filesLeft && connections < totalConnections)
                        .detail("listening", listening)
                        .detail("connections", connections)
                        .detail("maxConnections", totalConnections)
                        .detail("perClient", guard.perClient())
                        .detail("clients", guard.clients())
                        .detail("refused", guard.refused())
                        .detail("openFiles", files)
                        .detail("maxOpenFiles", max)
                        .detail("listenerRestarts", restarts.get())
                        .build();
            }

            @Override
            public String name() {
                return "connections";
            }

            @Override
            public HealthCheckType type() {
                return HealthCheckType.READINESS;
            }
        };
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        if (server != null) {
            server.stop();
        }
    }

    /** For tests: stops the listener as an accept failure would. */
    void killListener() {
        server.stop();
    }

    private WebServer build(int fixedPort) {
        WebServerConfig.Builder builder = WebServer.builder();
        setup.accept(builder);
        builder.directHandlers(TransportProblems.handlers());
        builder.connectionOptions(new GuardedSocketOptions(builder.connectionOptions().orElseGet(SocketOptions::create),
                        limits.readTimeout(), guard))
                .maxTcpConnections(totalConnections);
        if (fixedPort >= 0) {
            builder.port(fixedPort);
        }
        return builder.build();
    }

    private void watch() {
        boolean accepts = accepts();
        if (accepts) {
            listening = true;
            return;
        }
        listening = false;
        LOG.severe(() -> "the listener on port " + port + " no longer accepts connections; starting it again");
        try {
            server.stop();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "stopping the dead listener", e);
        }
        try {
            server = build(port).start();
            restarts.incrementAndGet();
            listening = accepts();
            LOG.warning(() -> "listener on port " + port + " started again (" + restarts.get() + " restarts since start)");
        } catch (RuntimeException e) {
            LOG.severe(() -> "could not start the listener again, will retry: " + e.getMessage());
        }
    }

    /** Whether the port completes a TCP handshake; a failure to open our own socket says nothing about the listener. */
    private boolean accepts() {
        Socket socket = new Socket();
        try (socket) {
            socket.connect(new InetSocketAddress(probeAddress, port), 1000);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return listening; // e.g. no file descriptor left for the probe itself, or a timeout with a full backlog
        }
    }

    private static InetAddress probeAddress(WebServer server) {
        InetAddress configured = server.prototype().address();
        return configured == null || configured.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : configured;
    }

    private static int totalConnections(ServerLimits limits) {
        long max = maxFiles();
        if (max <= 0) {
            return limits.total();
        }
        long room = max - openFiles() - limits.reservedFiles();
        return (int) Math.max(8, Math.min(limits.total(), room));
    }

    static long maxFiles() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                ? unix.getMaxFileDescriptorCount() : -1;
    }

    static long openFiles() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                ? unix.getOpenFileDescriptorCount() : -1;
    }
}

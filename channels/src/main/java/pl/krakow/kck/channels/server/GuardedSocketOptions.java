package pl.krakow.kck.channels.server;

import java.net.Socket;
import java.net.SocketException;
import java.net.SocketOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.helidon.common.socket.SocketOptions;

/**
 * Helidon's options for every accepted socket, plus our guard, applied right after accept and before the
 * server reads a byte: a read timeout (SO_TIMEOUT), so a connection that sends nothing, stalls in its
 * headers or body, or idles between requests is closed; and the per-client connection limit. A refused
 * socket makes Helidon drop the connection without starting a handler.
 */
final class GuardedSocketOptions implements SocketOptions {

    private final SocketOptions helidon;
    private final Duration readTimeout;
    private final ConnectionGuard guard;

    GuardedSocketOptions(SocketOptions helidon, Duration readTimeout, ConnectionGuard guard) {
        this.helidon = helidon;
        this.readTimeout = readTimeout;
        this.guard = guard;
    }

    @Override
    public void configureSocket(Socket socket) {
        if (!guard.admit(socket)) {
            throw new RefusedConnection();
        }
        helidon.configureSocket(socket);
        try {
            socket.setSoTimeout((int) readTimeout.toMillis());
        } catch (SocketException e) {
            throw new RefusedConnection();
        }
    }

    @Override
    public Map<SocketOption<?>, Object> socketOptions() {
        return helidon.socketOptions();
    }

    @Override
    public Duration connectTimeout() {
        return helidon.connectTimeout();
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public Optional<Integer> socketReceiveBufferSize() {
        return helidon.socketReceiveBufferSize();
    }

    @Override
    public Optional<Integer> socketSendBufferSize() {
        return helidon.socketSendBufferSize();
    }

    @Override
    public boolean socketReuseAddress() {
        return helidon.socketReuseAddress();
    }

    @Override
    public boolean socketKeepAlive() {
        return helidon.socketKeepAlive();
    }

    @Override
    public boolean tcpNoDelay() {
        return helidon.tcpNoDelay();
    }

    /** Thrown to Helidon's accept loop, which then closes the socket and frees its slot; no stack trace is kept. */
    static final class RefusedConnection extends RuntimeException {
        RefusedConnection() {
            super("connection refused by the connection guard", null, false, false);
        }
    }
}

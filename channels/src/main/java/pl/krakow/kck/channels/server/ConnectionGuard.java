package pl.krakow.kck.channels.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import io.helidon.http.Status;

import pl.krakow.kck.channels.api.Problem;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Counts the open connections of each client address as they are accepted, before a byte is read, and refuses
 * a client's connection beyond its share (with a 429 problem written straight to the socket, in the language of
 * what the request has sent by then: {@link ArrivedRequest}). A connection
 * counts until its socket is closed; closed sockets are swept on the next accept from the same address and
 * whenever the totals are read. Addresses of trusted proxies are exempt: they carry many residents.
 */
public final class ConnectionGuard {

    private static final Logger LOG = Logger.getLogger(ConnectionGuard.class.getName());
    /** The refusal in each language of the catalogues (the language of what has arrived: {@link ArrivedRequest}). */
    private static final Map<Lang, byte[]> REFUSALS = Messages.languages().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
            lang -> lang, lang -> raw(new Problem(Status.TOO_MANY_REQUESTS_429, "too-many-connections",
                    "Too many connections", Messages.text(lang, "api-errors.too-many-connections"),
                    "Too many open connections from this address; retry later."))));

    private final int perClient;
    private final Predicate<InetAddress> exempt;
    private final Map<String, Deque<Socket>> open = new HashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private long lastWarning;

    /** @param exempt addresses without a per-client limit: the trusted proxies */
    public ConnectionGuard(int perClient, Predicate<InetAddress> exempt) {
        this.perClient = perClient;
        this.exempt = exempt;
    }

    /** Whether the just accepted socket may be served; when not, it has been answered 429 and closed. */
    public boolean admit(Socket socket) {
        String client = client(socket);
        boolean proxy = socket.getInetAddress() != null && exempt.test(socket.getInetAddress());
        boolean admitted;
        synchronized (this) {
            Deque<Socket> sockets = open.computeIfAbsent(client, c -> new ArrayDeque<>());
            sockets.removeIf(Socket::isClosed);
            admitted = proxy || sockets.size() < perClient;
            if (admitted) {
                sockets.add(socket);
            }
        }
        if (!admitted) {
            refused.incrementAndGet();
            refuse(socket, client);
        }
        return admitted;
    }

    /** Open connections now (closed ones swept). */
    public synchronized int openConnections() {
        int count = 0;
        for (Iterator<Deque<Socket>> it = open.values().iterator(); it.hasNext(); ) {
            Deque<Socket> sockets = it.next();
            sockets.removeIf(Socket::isClosed);
            if (sockets.isEmpty()) {
                it.remove();
            }
            count += sockets.size();
        }
        return count;
    }

    /** Clients with an open connection now. */
    public synchronized int clients() {
        openConnections();
        return open.size();
    }

    /** Connections refused since start. */
    public long refused() {
        return refused.get();
    }

    public int perClient() {
        return perClient;
    }

    static String client(Socket socket) {
        return socket.getRemoteSocketAddress() instanceof InetSocketAddress address && address.getAddress() != null
                ? ClientAddresses.key(address.getAddress()) : String.valueOf(socket.getRemoteSocketAddress());
    }

    private void refuse(Socket socket, String client) {
        try (socket) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write(REFUSALS.getOrDefault(ArrivedRequest.language(socket), REFUSALS.get(Lang.PL)));
            out.flush();
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        long now = System.currentTimeMillis();
        synchronized (this) {
            if (now - lastWarning < 60_000) {
                return;
            }
            lastWarning = now;
        }
        LOG.warning(() -> "connection limit: refused connections from " + client + " beyond " + perClient
                + " open ones (" + refused.get() + " refused since start; this is logged once a minute)");
    }

    /** A whole HTTP/1.1 response carrying the problem, for a socket no HTTP handler will ever see. */
    static byte[] raw(Problem problem) {
        byte[] body = problem.toJson("/").toString().getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 " + problem.status().code() + " " + problem.status().reasonPhrase() + "\r\n"
                + "Content-Type: " + Problem.MEDIA_TYPE + "; charset=UTF-8\r\nRetry-After: 10\r\nConnection: close\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}

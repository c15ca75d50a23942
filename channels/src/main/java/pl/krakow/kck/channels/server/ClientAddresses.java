package pl.krakow.kck.channels.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;

/**
 * Who a client is, for limits. The peer address, unless the peer is one of the configured trusted proxies:
 * then the nearest address in {@code X-Forwarded-For} that is no trusted proxy (read from the right, so a
 * client cannot choose its own address by sending the header itself). An IPv4 address counts as it is, an
 * IPv6 address by its /64 network (one household or host gets a whole /64, so single IPv6 addresses would
 * let it take any number of allowances). As a filter it works the client out once per request; every limit
 * then reads {@link #client(ServerRequest)}.
 */
public final class ClientAddresses implements Filter {

    /** Compiled once: String.matches compiles its pattern on every call, and every request's address is read. */
    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final java.util.regex.Pattern IPV6 = java.util.regex.Pattern.compile("[0-9A-Fa-f:.%]+");

    private static final HeaderName FORWARDED_FOR = HeaderNames.X_FORWARDED_FOR;
    private static final HeaderName FORWARDED_PROTO = HeaderNames.X_FORWARDED_PROTO;
    private static final String TLS = ClientAddresses.class.getName() + ".tls";

    private record Range(byte[] network, int prefix) {
        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> trusted;

    /** @param trustedProxies addresses ("10.0.0.5") or ranges ("10.0.0.0/8", "fd00::/8") of the reverse proxies */
    public ClientAddresses(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(ClientAddresses::range).toList();
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String peer = request.remotePeer().host();
        request.context().register(ClientAddresses.class, of(peer, request.headers().values(FORWARDED_FOR)));
        request.context().register(TLS, tls(request.isSecure(), peer, request.headers().first(FORWARDED_PROTO)));
        chain.proceed();
    }

    boolean tls(boolean secure, String peer, Optional<String> forwardedProto) {
        return secure || literal(peer).filter(this::trusted).isPresent()
                && forwardedProto.map(p -> p.strip().equalsIgnoreCase("https")).orElse(false);
    }

    /** Whether the request came over TLS: to us, or to a trusted proxy that says so in X-Forwarded-Proto. */
    public static boolean overTls(ServerRequest request) {
        return request.context().get(TLS, Boolean.class).orElseGet(request::isSecure);
    }

    /** The client key of a request (the peer's, when the filter did not run). */
    public static String client(ServerRequest request) {
        return request.context().get(ClientAddresses.class, String.class).orElseGet(() -> key(request.remotePeer().host()));
    }

    /** The client key for a peer and the request's X-Forwarded-For values. */
    String of(String peer, List<String> forwardedFor) {
        Optional<InetAddress> address = literal(peer);
        if (address.isEmpty() || !trusted(address.get()) || forwardedFor.isEmpty()) {
            return key(peer);
        }
        List<String> hops = forwardedFor.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return key(peer); // a proxy that writes nonsense: count it as one client
            }
            if (!trusted(hop.get())) {
                return key(hop.get());
            }
        }
        return key(peer);
    }

    /** Whether the peer is a trusted proxy (it then carries many residents). */
    public boolean trusted(InetAddress address) {
        return trusted.stream().anyMatch(r -> r.contains(address));
    }

    public static String key(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] bytes = v6.getAddress();
            StringBuilder key = new StringBuilder(24);
            for (int i = 0; i < 8; i += 2) {
                key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return key.append(":/64").toString();
        }
        return address.getHostAddress();
    }

    /** The key of a textual address (a literal, never looked up); text that is no address is its own key. */
    public static String key(String host) {
        return host == null || host.isEmpty() ? "" : literal(host).map(ClientAddresses::key).orElse(host);
    }

    private static Optional<InetAddress> literal(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean literal = IPV4.matcher(bare).matches() || bare.indexOf(':') >= 0 && IPV6.matcher(bare).matches();
        if (!literal) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare)); // a literal is parsed, never looked up
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Range range(String text) {
        String[] parts = text.strip().split("/", 2);
        InetAddress address = literal(parts[0]).orElseThrow(() ->
                new IllegalArgumentException("kck.api.trusted-proxies: '" + text + "' is no IP address or CIDR range"));
        int bits = address.getAddress().length * 8;
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("kck.api.trusted-proxies: bad prefix in '" + text + "'");
        }
        return new Range(address.getAddress(), prefix);
    }
}

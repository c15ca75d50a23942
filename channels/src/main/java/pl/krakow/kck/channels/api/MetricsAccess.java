package pl.krakow.kck.channels.api;

import java.util.List;

import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import pl.krakow.kck.channels.server.ClientAddresses;

/** /observe/metrics only for the configured networks (by the peer's address, never a forwarded one). */
public final class MetricsAccess implements Filter {

    private final ClientAddresses allowed;

    public MetricsAccess(List<String> allowed) {
        this.allowed = new ClientAddresses(allowed);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (request.path().path().startsWith("/observe/metrics") && !permitted(request.remotePeer().address())) {
            new Problem(Status.FORBIDDEN_403, "forbidden", "Forbidden", "Brak dostępu.", "Metrics are served to the configured networks only.")
                    .send(request, response);
            return;
        }
        chain.proceed();
    }

    private boolean permitted(java.net.SocketAddress peer) {
        return peer instanceof java.net.InetSocketAddress inet && inet.getAddress() != null && allowed.trusted(inet.getAddress());
    }
}

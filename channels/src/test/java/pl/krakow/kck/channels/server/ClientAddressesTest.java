package pl.krakow.kck.channels.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxy = new ClientAddresses(List.of("10.0.0.0/8", "fd00::1"));

    @Test
    void should_ignore_x_forwarded_for_from_anyone_but_a_trusted_proxy() {
        assertEquals("203.0.113.7", behindProxy.of("203.0.113.7", List.of("1.2.3.4")), "a client cannot choose its address");
        assertEquals("203.0.113.7", new ClientAddresses(List.of()).of("203.0.113.7", List.of("1.2.3.4")));
    }

    @Test
    void should_take_the_nearest_untrusted_address_the_trusted_proxies_forwarded() {
        assertEquals("198.51.100.9", behindProxy.of("10.0.0.5", List.of("198.51.100.9")));
        assertEquals("198.51.100.9", behindProxy.of("10.0.0.5", List.of("6.6.6.6, 198.51.100.9, 10.1.2.3")),
                "what the client wrote itself, left of the last untrusted hop, is ignored");
        assertEquals("198.51.100.9", behindProxy.of("fd00::1", List.of("198.51.100.9")));
        assertEquals("10.0.0.5", behindProxy.of("10.0.0.5", List.of()), "no header: the proxy itself");
        assertEquals("10.0.0.5", behindProxy.of("10.0.0.5", List.of("unknown")), "nonsense: the proxy itself");
    }

    @Test
    void should_count_an_ipv6_network_as_one_client() {
        assertEquals(behindProxy.of("10.0.0.5", List.of("2001:db8:1:2::17")), behindProxy.of("10.0.0.5", List.of("2001:db8:1:2:ffff::1")));
        assertNotEquals(ClientAddresses.key("2001:db8:1:2::1"), ClientAddresses.key("2001:db8:1:3::1"));
        assertEquals("10.0.0.1", ClientAddresses.key("10.0.0.1"));
        assertEquals("unknown.example", ClientAddresses.key("unknown.example"), "a name is never looked up");
    }

    @Test
    void should_believe_x_forwarded_proto_only_from_a_trusted_proxy() {
        assertEquals(true, behindProxy.tls(false, "10.0.0.5", java.util.Optional.of("https")));
        assertEquals(false, behindProxy.tls(false, "203.0.113.7", java.util.Optional.of("https")), "anyone else cannot claim TLS");
        assertEquals(true, behindProxy.tls(true, "203.0.113.7", java.util.Optional.empty()), "TLS to us");
        assertEquals(false, behindProxy.tls(false, "10.0.0.5", java.util.Optional.of("http")));
    }

    @Test
    void should_refuse_a_trusted_proxy_that_is_no_address() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("proxy.example")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("10.0.0.0/33")));
    }
}

package pl.krakow.kck.channels.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who a client is, for limits: an IPv4 address as it is, an IPv6 address by its /64 network (one household or
 * one host gets a whole /64, so counting single IPv6 addresses would let it take any number of allowances).
 */
public final class ClientAddresses {

    private ClientAddresses() {
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
        if (host == null || host.isEmpty()) {
            return "";
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean literal = bare.matches("\\d{1,3}(\\.\\d{1,3}){3}") || bare.indexOf(':') >= 0 && bare.matches("[0-9A-Fa-f:.%]+");
        if (!literal) {
            return bare;
        }
        try {
            return key(InetAddress.getByName(bare)); // a literal is parsed, never looked up
        } catch (UnknownHostException e) {
            return bare;
        }
    }
}

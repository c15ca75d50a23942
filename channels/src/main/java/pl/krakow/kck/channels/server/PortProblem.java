package pl.krakow.kck.channels.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Why the server could not listen on its port, in words an operator acts on: "port 8080 is in use". */
public final class PortProblem {

    private PortProblem() {
    }

    /** @param host the configured listening address ("0.0.0.0" when unset) */
    public static String describe(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            return "port " + port + " is in use (set PORT or server.port to another one, or stop what listens there)";
        } catch (IOException | SecurityException | IllegalArgumentException e) {
            return "cannot listen on " + host + ":" + port + ": " + e.getMessage();
        }
        return "could not listen on " + host + ":" + port + " (the server did not start; see the log above)";
    }
}

package pl.krakow.kck.evaluation.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The attacks of issue 10, each as an attacker on one machine would run it against a started service, from
 * loopback address 127.0.0.1 (residents come from other loopback addresses). Each runs until stopped and
 * counts what it sent.
 */
final class Attacks {

    /** One attack: started, run in the background, stopped. */
    interface Attack {
        String name();

        void start(String host, int port, AtomicBoolean running, AtomicLong sent) throws Exception;
    }

    private Attacks() {
    }

    static List<Attack> all() {
        return List.of(
                attack("none (baseline)", (host, port, running, sent) -> List.of()),
                attack("2,000 idle connections", Attacks::idleConnections),
                attack("sign-in loop, 8 connections, random logins", (h, p, r, s) -> loop(8, h, p, r, s, () -> post(h, p,
                        "/console/api/session", "{\"login\":\"x" + UUID.randomUUID() + "\",\"password\":\"zgadywane hasło\"}"))),
                attack("JSON nested 5,000 deep, 8 connections", (h, p, r, s) -> loop(8, h, p, r, s, () -> post(h, p,
                        "/api/v1/conversations/x/messages", "{\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))),
                attack("200 event streams", Attacks::streams),
                attack("1,998 combining marks a message, 4 connections", (h, p, r, s) -> {
                    String id = conversation(h, p);
                    return loop(4, h, p, r, s, () -> post(h, p, "/api/v1/conversations/" + id + "/messages",
                            "{\"text\":\"a" + "\\u0301".repeat(1998) + " dowód\"}"));
                }),
                attack("POST flood with spoofed X-Forwarded-For, 8 connections", (h, p, r, s) -> loop(8, h, p, r, s, () ->
                        HttpRequest.newBuilder(URI.create("http://" + h + ":" + p + "/api/v1/conversations"))
                                .header("X-Forwarded-For", "10." + (int) (Math.random() * 255) + ".0.1")
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build())),
                attack("Open311 api_key guessing, 8 connections", (h, p, r, s) -> loop(8, h, p, r, s, () ->
                        HttpRequest.newBuilder(URI.create("http://" + h + ":" + p + "/open311/v2/requests.json"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("api_key=" + UUID.randomUUID() + "&service_code=oswietlenie")).build())));
    }

    private interface Body {
        List<AutoCloseable> start(String host, int port, AtomicBoolean running, AtomicLong sent) throws Exception;
    }

    private static Attack attack(String name, Body body) {
        return new Attack() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void start(String host, int port, AtomicBoolean running, AtomicLong sent) throws Exception {
                List<AutoCloseable> held = body.start(host, port, running, sent);
                Thread.ofVirtual().start(() -> {
                    while (running.get()) {
                        sleep(50);
                    }
                    held.forEach(Attacks::close);
                });
            }
        };
    }

    private static List<AutoCloseable> idleConnections(String host, int port, AtomicBoolean running, AtomicLong sent) {
        List<AutoCloseable> sockets = new ArrayList<>();
        Thread.ofVirtual().start(() -> {
            // keep 2,000 open: the server closes idle ones after its read timeout, the attacker opens them again
            while (running.get()) {
                synchronized (sockets) {
                    sockets.removeIf(s -> ((Socket) s).isClosed() || isDead((Socket) s));
                    while (sockets.size() < 2000 && running.get()) {
                        Socket socket = new Socket();
                        try {
                            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
                            socket.connect(new InetSocketAddress(host, port), 1000);
                            sockets.add(socket);
                            sent.incrementAndGet();
                        } catch (IOException e) {
                            close(socket);
                            break;
                        }
                    }
                }
                sleep(200);
            }
        });
        return List.of(() -> {
            synchronized (sockets) {
                sockets.forEach(Attacks::close);
            }
        });
    }

    private static boolean isDead(Socket socket) {
        try {
            socket.setSoTimeout(1);
            socket.getInputStream().read(); // anything read (a 429) or end of stream: the server is done with it
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static List<AutoCloseable> streams(String host, int port, AtomicBoolean running, AtomicLong sent) throws Exception {
        String id = conversation(host, port);
        List<AutoCloseable> sockets = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Socket socket = new Socket(host, port);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/conversations/" + id + "/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sockets.add(socket);
            sent.incrementAndGet();
        }
        return sockets;
    }

    private static String conversation(String host, int port) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api/v1/conversations"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            return started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        }
    }

    private interface RequestMaker {
        HttpRequest make();
    }

    private static List<AutoCloseable> loop(int connections, String host, int port, AtomicBoolean running, AtomicLong sent,
                                            RequestMaker requests) {
        List<AutoCloseable> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            clients.add(http);
            Thread.ofPlatform().daemon(true).start(() -> {
                while (running.get()) {
                    try {
                        http.send(requests.make(), HttpResponse.BodyHandlers.discarding());
                        sent.incrementAndGet();
                    } catch (IOException e) {
                        sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        return clients;
    }

    private static HttpRequest post(String host, int port, String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // gone already
        }
    }
}

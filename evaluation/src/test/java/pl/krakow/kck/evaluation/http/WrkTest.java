package pl.krakow.kck.evaluation.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class WrkTest {

    private static final String SUMMARY = """
            Running 10s test @ http://127.0.0.1:40123
              2 threads and 32 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     4.13ms    8.01ms 120.55ms   93.12%
                Req/Sec     3.72k   512.33     4.90k    70.00%
              Latency Distribution
                 50%    1.72ms
                 75%    3.10ms
                 90%    9.00ms
                 99%    1.20s
              74454 requests in 10.05s, 12.34MB read
              Socket errors: connect 0, read 2, write 0, timeout 1
              Non-2xx or 3xx responses: 5
            Requests/sec:   7407.80
            Transfer/sec:      1.23MB
            """;

    @Test
    void should_read_throughput_percentiles_in_milliseconds_and_every_kind_of_error() throws IOException {
        Wrk.Result result = Wrk.parse(32, SUMMARY);

        assertEquals(7407.80, result.perSecond(), 0.001);
        assertEquals(1.72, result.p50(), 0.001);
        assertEquals(1200.0, result.p99(), 0.001);
        assertEquals(74454, result.requests());
        assertEquals(8, result.errors());
    }

    @Test
    void should_refuse_output_without_a_summary() {
        assertThrows(IOException.class, () -> Wrk.parse(1, "unable to connect to 127.0.0.1:1 Connection refused"));
    }

    @Test
    void should_post_questions_as_json_bodies_to_the_prepared_conversations() {
        String script = Lua.script(List.of("c-1", "c-2"), List.of("Ile kosztuje \"karta\"?"));

        assertTrue(script.contains("\"c-1\","));
        assertTrue(script.contains("[==[{\"text\":\"Ile kosztuje \\\"karta\\\"?\"}]==]"));
        assertTrue(script.contains("/api/v1/conversations/\" .. id .. \"/messages"));
    }
}

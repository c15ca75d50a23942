package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.handoff.Consultant;
import pl.krakow.kck.bot.handoff.Role;
import pl.krakow.kck.bot.handoff.TestClock;

class SignInGateTest {

    private static final String SECRET = "dobre hasło 123";
    private static final Consultant ADMIN = new Consultant("admin", "Administrator", Role.SUPERVISOR, true);

    private final TestClock clock = TestClock.warsaw("2026-12-01T09:00");
    private final AtomicInteger hashes = new AtomicInteger();
    private final SignInGate.Authenticator accounts = (login, password) -> {
        hashes.incrementAndGet();
        return "admin".equals(login) && SECRET.equals(new String(password)) ? Optional.of(ADMIN) : Optional.empty();
    };

    private SignInGate gate(int perAddress, int slots) {
        return new SignInGate(accounts, 5, Duration.ofMinutes(1), Duration.ofMinutes(15), perAddress, slots, clock);
    }

    @Test
    void should_stop_hashing_made_up_logins_from_one_address_beyond_its_allowance() {
        SignInGate gate = gate(20, 1);
        for (int i = 0; i < 20; i++) {
            assertInstanceOf(SignInGate.WrongPassword.class, gate.attempt("random-" + i, "x".toCharArray(), "203.0.113.7"));
        }
        for (int i = 0; i < 1000; i++) {
            SignInGate.Outcome refused = gate.attempt("random-x" + i, "x".toCharArray(), "203.0.113.7");
            assertInstanceOf(SignInGate.Wait.class, refused);
            assertTrue(((SignInGate.Wait) refused).byAddress());
        }
        assertEquals(20, hashes.get(), "1000 further attempts cost no hash");
        assertInstanceOf(SignInGate.SignedIn.class, gate.attempt("admin", SECRET.toCharArray(), "198.51.100.1"),
                "another address is not affected");
        clock.advance(Duration.ofMinutes(1));
        assertInstanceOf(SignInGate.WrongPassword.class, gate.attempt("random-later", "x".toCharArray(), "203.0.113.7"),
                "the allowance refills over time");
    }

    @Test
    void should_lock_a_login_only_from_the_address_that_failed_with_doubling_delays_and_let_a_supervisor_unlock_it() {
        SignInGate gate = gate(100, 1);
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignInGate.WrongPassword.class, gate.attempt("admin", "zgaduję".toCharArray(), "203.0.113.7"));
        }
        assertEquals(new SignInGate.Wait(60, false), gate.attempt("admin", SECRET.toCharArray(), "203.0.113.7"));
        assertInstanceOf(SignInGate.SignedIn.class, gate.attempt("admin", SECRET.toCharArray(), "198.51.100.1"),
                "the stranger did not lock the administrator out elsewhere");
        clock.advance(Duration.ofSeconds(61));
        assertInstanceOf(SignInGate.WrongPassword.class, gate.attempt("admin", "znowu".toCharArray(), "203.0.113.7"));
        assertEquals(new SignInGate.Wait(120, false), gate.attempt("admin", SECRET.toCharArray(), "203.0.113.7"), "doubled");
        gate.unlock("ADMIN");
        assertInstanceOf(SignInGate.SignedIn.class, gate.attempt("admin", SECRET.toCharArray(), "203.0.113.7"));
    }

    @Test
    void should_answer_busy_instead_of_queueing_without_end_when_every_hashing_slot_is_taken() throws Exception {
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SignInGate gate = new SignInGate((login, password) -> {
            hashing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }, 5, Duration.ofMinutes(1), Duration.ofMinutes(15), 100, 1, clock);
        Thread slow = Thread.ofVirtual().start(() -> gate.attempt("a", "x".toCharArray(), "203.0.113.7"));
        hashing.await();
        assertInstanceOf(SignInGate.Busy.class, gate.attempt("b", "x".toCharArray(), "203.0.113.8"));
        release.countDown();
        slow.join();
    }
}

package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void should_verify_its_own_hashes() {
        String hash = hasher.hash("zażółć gęślą jaźń".toCharArray());
        assertTrue(hasher.verify("zażółć gęślą jaźń".toCharArray(), hash));
        assertFalse(hasher.verify("zazolc gesla jazn".toCharArray(), hash));
    }

    @Test
    void should_verify_a_hash_made_with_other_iterations() {
        String older = new PasswordHasher(500).hash("hasło".toCharArray());
        assertTrue(hasher.verify("hasło".toCharArray(), older));
    }

    @Test
    void should_never_match_a_malformed_hash() {
        for (String bad : new String[] {null, "", "plain", "pbkdf2-sha256$x$y$z", "md5$1000$c2FsdA$aGFzaA", "pbkdf2-sha256$0$c2FsdA$aGFzaA"}) {
            assertFalse(hasher.verify("hasło".toCharArray(), bad), String.valueOf(bad));
        }
    }
}

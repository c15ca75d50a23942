package pl.krakow.kck.bot.handoff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes for the consultants' accounts: PBKDF2WithHmacSHA256 from the JDK, a 16-byte random salt
 * per password and a configurable number of iterations (600,000 by default, OWASP's figure for this
 * function), stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} in Base64. A stored hash keeps its
 * own iteration count, so raising the default does not lock anyone out.
 */
public final class PasswordHasher {

    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final String dummy;

    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        // a well-formed hash that no password matches (its key is all zeros): verifying against it derives a key
        // with this many iterations as a real check does, without deriving one at start (600,000 rounds take
        // a fifth of the service's start-up CPU)
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        this.dummy = SCHEME + "$" + iterations + "$" + base64.encodeToString(new byte[SALT_BYTES]) + "$"
                + base64.encodeToString(new byte[KEY_BITS / 8]);
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);
    }

    /** Whether the password matches the stored hash; a malformed hash never matches. Constant-time comparison. */
    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (rounds < 1 || salt.length == 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(derive(password, salt, rounds), expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one verification, so that an unknown login answers as slowly as a known one. */
    public void verifyNothing(char[] password) {
        verify(password, dummy);
    }

    private static byte[] derive(char[] password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return "PasswordHasher[" + SCHEME + ", " + iterations + " iterations]";
    }
}

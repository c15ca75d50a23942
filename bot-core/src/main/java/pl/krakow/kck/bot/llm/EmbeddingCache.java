package pl.krakow.kck.bot.llm;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Article vectors by content hash: SHA-256 of the model's identity and the text embedded, so that an
 * unchanged article is never embedded twice and a changed article or another model never meets a stale
 * vector. Kept in memory, and in a folder (one small file a vector) when one is given, so that a restart
 * embeds nothing that has not changed.
 */
public final class EmbeddingCache {

    private static final Logger LOG = Logger.getLogger(EmbeddingCache.class.getName());
    private static final String SUFFIX = ".vec";

    private final Path folder;
    private final Map<String, float[]> memory = new ConcurrentHashMap<>();

    private EmbeddingCache(Path folder) {
        this.folder = folder;
    }

    public static EmbeddingCache inMemory() {
        return new EmbeddingCache(null);
    }

    /** A cache that also keeps its vectors in {@code folder} (created when missing). */
    public static EmbeddingCache in(Path folder) {
        return new EmbeddingCache(folder);
    }

    public static String key(String modelIdentity, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(modelIdentity.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public Optional<float[]> get(String key) {
        float[] vector = memory.get(key);
        if (vector == null && folder != null) {
            vector = read(folder.resolve(key + SUFFIX));
            if (vector != null) {
                memory.put(key, vector);
            }
        }
        return Optional.ofNullable(vector).map(float[]::clone);
    }

    public void put(String key, float[] vector) {
        memory.put(key, vector.clone());
        if (folder != null) {
            write(folder.resolve(key + SUFFIX), vector);
        }
    }

    private static float[] read(Path file) {
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
            int dimension = data.readInt();
            if (dimension <= 0 || dimension > 65_536) {
                return null;
            }
            float[] vector = new float[dimension];
            for (int i = 0; i < dimension; i++) {
                vector[i] = data.readFloat();
            }
            return vector;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warning(() -> "embedding cache: cannot read " + file + " (" + e + "); embedding again");
            return null;
        }
    }

    /** Written to a temporary file and moved in place, so that a reader never sees half a vector. */
    private static void write(Path file, float[] vector) {
        try {
            Files.createDirectories(file.getParent());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 + 4 * vector.length);
            try (DataOutputStream data = new DataOutputStream(bytes)) {
                data.writeInt(vector.length);
                for (float value : vector) {
                    data.writeFloat(value);
                }
            }
            Path temporary = Files.createTempFile(file.getParent(), "vec", ".tmp");
            Files.write(temporary, bytes.toByteArray());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warning(() -> "embedding cache: cannot write " + file + " (" + e + "); kept in memory only");
        }
    }
}

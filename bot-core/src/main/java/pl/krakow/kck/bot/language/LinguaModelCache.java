package pl.krakow.kck.bot.language;

import java.io.EOFException;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.CRC32;

import pl.krakow.kck.bot.storage.CacheFolder;

/**
 * The compact models on disk, so that a start reads 55 MB of arrays (tens of milliseconds) instead of parsing
 * Lingua's JSON (about a second of CPU). The file's name carries a hash of what it was made from: the languages
 * and the CRC-32 and size of each model file in Lingua's jar (from the jar's directory, nothing inflated), so
 * another Lingua or another set of languages gets a new file. Any problem reading or writing it only costs the
 * parse; the folder is the configured one ({@code kck.cache-dir}, through {@link LinguaDetector#cacheFolder}),
 * by default {@code kck-cache-<user>} in the temporary folder.
 */
final class LinguaModelCache {

    private static final Logger LOG = Logger.getLogger(LinguaModelCache.class.getName());
    private static final int MAGIC = 0x4b434b4c; // "KCKL"
    private static final int FORMAT = 1;

    private final Path file;

    LinguaModelCache(Path folder, List<String> codes, List<String> resources) {
        this.file = folder.resolve("lingua-models-" + key(codes, resources) + ".bin");
    }

    private static volatile Path configured;

    /** @param folder the cache's folder; null: the default */
    static void folder(Path folder) {
        configured = folder;
    }

    static Path defaultFolder() {
        return CacheFolder.or(configured);
    }

    Path file() {
        return file;
    }

    /** Language code → its models by n-gram length (index 0: unigrams), with the character codes restored; empty when absent. */
    Optional<Map<String, CompactNgramModel[]>> read(CompactNgramModel.CharCodes codes) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // read a megabyte at a time straight into the models' arrays: reading the whole file (55 MB) into one
            // buffer first allocated it twice, and the buffer, too big for the young generation, filled the old one
            // until a full collection in the middle of the start
            Chunks in = new Chunks(channel);
            if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
                return Optional.empty();
            }
            char[] chars = new char[in.getInt()];
            in.fill(chars);
            if (!codes.restore(chars)) {
                return Optional.empty(); // codes given already in this JVM: parse instead
            }
            Map<String, CompactNgramModel[]> models = new LinkedHashMap<>();
            int count = in.getInt();
            for (int m = 0; m < count; m++) {
                byte[] name = new byte[in.get()];
                in.fill(name);
                String code = new String(name, StandardCharsets.US_ASCII);
                int length = in.getInt();
                long[] keys = new long[in.getInt()];
                in.fill(keys);
                float[] values = new float[keys.length];
                in.fill(values);
                models.computeIfAbsent(code, c -> new CompactNgramModel[5])[length - 1] = new CompactNgramModel(codes, keys, values);
            }
            return Optional.of(models);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "language models not read from " + file + " (" + e + "): parsing Lingua's files");
            return Optional.empty();
        }
    }

    /** A file read through a buffer of a megabyte, in the order it was written (big-endian, as {@link #write}). */
    private static final class Chunks {

        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20).flip();

        Chunks(FileChannel channel) {
            this.channel = channel;
        }

        /** At least {@code bytes} (at most the buffer's size) in the buffer. */
        private void need(int bytes) throws IOException {
            if (buffer.remaining() >= bytes) {
                return;
            }
            buffer.compact();
            while (buffer.position() < bytes) {
                if (channel.read(buffer) < 0) {
                    throw new EOFException("truncated");
                }
            }
            buffer.flip();
        }

        byte get() throws IOException {
            need(1);
            return buffer.get();
        }

        int getInt() throws IOException {
            need(Integer.BYTES);
            return buffer.getInt();
        }

        void fill(byte[] into) throws IOException {
            fill(into.length, Byte.BYTES, (from, at, n) -> from.slice().get(into, at, n));
        }

        void fill(char[] into) throws IOException {
            fill(into.length, Character.BYTES, (from, at, n) -> from.asCharBuffer().get(into, at, n));
        }

        void fill(long[] into) throws IOException {
            fill(into.length, Long.BYTES, (from, at, n) -> from.asLongBuffer().get(into, at, n));
        }

        void fill(float[] into) throws IOException {
            fill(into.length, Float.BYTES, (from, at, n) -> from.asFloatBuffer().get(into, at, n));
        }

        /** Copies {@code length} values of {@code width} bytes, a buffer's worth at a time ({@code copy} leaves the position). */
        private void fill(int length, int width, Copy copy) throws IOException {
            for (int at = 0; at < length; ) {
                need(width);
                int n = Math.min(length - at, buffer.remaining() / width);
                copy.values(buffer, at, n);
                buffer.position(buffer.position() + n * width);
                at += n;
            }
        }

        /** Copies {@code n} values from the buffer's position into an array from {@code at}, leaving the position. */
        private interface Copy {
            void values(ByteBuffer from, int at, int n);
        }
    }

    void write(Map<String, CompactNgramModel[]> models, CompactNgramModel.CharCodes codes) {
        try {
            Files.createDirectories(file.getParent());
            char[] chars = codes.characters();
            long size = 16L + chars.length * 2L;
            for (CompactNgramModel[] lengths : models.values()) {
                for (CompactNgramModel model : lengths) {
                    size += 16 + model.keys().length * 12L;
                }
            }
            Path temporary = Files.createTempFile(file.getParent(), "lingua-models", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(size));
                out.putInt(MAGIC).putInt(FORMAT).putInt(chars.length);
                out.asCharBuffer().put(chars);
                out.position(out.position() + chars.length * Character.BYTES);
                out.putInt(models.values().stream().mapToInt(l -> l.length).sum());
                for (Map.Entry<String, CompactNgramModel[]> entry : models.entrySet()) {
                    for (int length = 1; length <= entry.getValue().length; length++) {
                        CompactNgramModel model = entry.getValue()[length - 1];
                        byte[] name = entry.getKey().getBytes(StandardCharsets.US_ASCII);
                        out.put((byte) name.length).put(name).putInt(length).putInt(model.keys().length);
                        out.asLongBuffer().put(model.keys());
                        out.position(out.position() + model.keys().length * Long.BYTES);
                        out.asFloatBuffer().put(model.probabilities());
                        out.position(out.position() + model.keys().length * Float.BYTES);
                    }
                }
                out.flip();
                while (out.hasRemaining()) {
                    channel.write(out);
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "language models not written to " + file + " (" + e + "); the next start parses them again");
        }
    }

    /** A hash of the languages and of each model file's CRC-32 and size as Lingua's jar lists them. */
    private static String key(List<String> codes, List<String> resources) {
        CRC32 crc = new CRC32();
        crc.update(String.join(",", codes).getBytes(StandardCharsets.US_ASCII));
        ByteBuffer entry = ByteBuffer.allocate(16);
        for (String resource : resources) {
            URL url = com.github.pemistahl.lingua.api.LanguageDetector.class.getClassLoader().getResource(resource);
            if (url == null) {
                throw new IllegalStateException(resource + " missing from Lingua's jar");
            }
            long entryCrc;
            long entrySize;
            try {
                URLConnection connection = url.openConnection();
                if (connection instanceof JarURLConnection jar) {
                    entryCrc = jar.getJarEntry().getCrc();
                    entrySize = jar.getJarEntry().getSize();
                } else {
                    entryCrc = Files.getLastModifiedTime(Path.of(url.toURI())).toMillis();
                    entrySize = Files.size(Path.of(url.toURI()));
                }
            } catch (IOException | java.net.URISyntaxException e) {
                throw new IllegalStateException("cannot read the entry of " + resource, e);
            }
            crc.update(resource.getBytes(StandardCharsets.US_ASCII));
            entry.clear();
            crc.update(entry.putLong(entryCrc).putLong(entrySize).flip());
        }
        return "v" + FORMAT + "-" + Long.toHexString(crc.getValue());
    }
}

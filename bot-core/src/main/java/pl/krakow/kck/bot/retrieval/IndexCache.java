package pl.krakow.kck.bot.retrieval;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.CRC32C;

import pl.krakow.kck.bot.language.Language;

/**
 * Built indexes on disk ({@code kck.cache-dir}), one file per language edition named by its {@link IndexKey}: a
 * start with an unchanged knowledge base and code reads the index instead of analysing every article. A file is
 * written whole under a temporary name and then renamed, so a reader never sees half of one; it carries its key
 * and a CRC-32C of its content, and one that is truncated, damaged or of another format is ignored (the index is
 * built and the file written again). Any problem with the folder only costs the build.
 */
public final class IndexCache {

    private static final Logger LOG = Logger.getLogger(IndexCache.class.getName());
    private static final int MAGIC = 0x4b434b49; // "KCKI"
    /** Files kept per language: a few knowledge bases served from one folder (tests, a staging copy) do not evict each other. */
    private static final int KEEP = 8;

    private final Path folder;

    public IndexCache(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    Path file(String key, Language language) {
        return folder.resolve("index-" + language.name().toLowerCase(java.util.Locale.ROOT) + "-" + key + ".bin");
    }

    /** The image stored under {@code key}; empty when there is none or it cannot be trusted. */
    Optional<IndexImage> read(String key, Language language) {
        Path file = file(key, language);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC || in.readInt() != IndexKey.FORMAT || !in.readUTF().equals(key)) {
                throw new IOException("another format or key");
            }
            int length = in.readInt();
            int start = bytes.length - in.available();
            if (length < 0 || start + length + Long.BYTES != bytes.length) {
                throw new IOException("truncated");
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes, start, length);
            in.skipNBytes(length);
            if (in.readLong() != crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            IndexImage image = IndexImage.read(new DataInputStream(new ByteArrayInputStream(bytes, start, length)));
            CacheFiles.touch(file);
            return Optional.of(image);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "cached index " + file + " not used (" + e.getMessage() + "): building it");
            return Optional.empty();
        }
    }

    /** Stores the image under {@code key}: written to a temporary file, then renamed over any previous one. */
    void write(String key, Language language, IndexImage image) {
        Path file = file(key, language);
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 20);
            image.write(new DataOutputStream(payload));
            byte[] content = payload.toByteArray();
            CRC32C crc = new CRC32C();
            crc.update(content);
            ByteArrayOutputStream whole = new ByteArrayOutputStream(content.length + 128);
            DataOutputStream out = new DataOutputStream(whole);
            out.writeInt(MAGIC);
            out.writeInt(IndexKey.FORMAT);
            out.writeUTF(key);
            out.writeInt(content.length);
            out.write(content);
            out.writeLong(crc.getValue());
            out.flush();
            CacheFiles.replace(file, whole.toByteArray());
            CacheFiles.keepNewest(folder, "index-" + language.name().toLowerCase(java.util.Locale.ROOT) + "-", KEEP);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "index not cached in " + file + ": " + e);
        }
    }
}

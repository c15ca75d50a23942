package pl.krakow.kck.bot.retrieval;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
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
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis())); // recently used: kept longest
            return Optional.of(image);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "cached index " + file + " not used (" + e.getMessage() + "): building it");
            return Optional.empty();
        }
    }

    /** Stores the image under {@code key}: written to a temporary file, then renamed over any previous one. */
    void write(String key, Language language, IndexImage image) {
        Path file = file(key, language);
        Path temporary = null;
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
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "index-", ".tmp");
            Files.write(temporary, whole.toByteArray());
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            dropOld(language);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "index not cached in " + file + ": " + e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // nothing more to do
                }
            }
        }
    }

    /** Keeps the {@value #KEEP} most recently used files of the language. */
    private void dropOld(Language language) throws IOException {
        String prefix = "index-" + language.name().toLowerCase(java.util.Locale.ROOT) + "-";
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".bin"))
                    .sorted(Comparator.comparing(IndexCache::modified).reversed()).toList();
        }
        for (Path old : files.subList(Math.min(KEEP, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}

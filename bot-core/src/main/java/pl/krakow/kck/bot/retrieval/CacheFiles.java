package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The file handling the disk caches of {@code kck.cache-dir} share ({@link IndexCache}, {@link WordCache}): a
 * file is written whole under a temporary name and renamed over the previous one, so a reader never sees half of
 * one; a file read is marked as recently used; of the files of one kind only the most recently used are kept.
 */
final class CacheFiles {

    private CacheFiles() {
    }

    /** Writes {@code content} to {@code file}: first to a temporary file beside it, then renamed over it. */
    static void replace(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "cache-", ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Marks the file as recently used: {@link #keepNewest} keeps it longest. */
    static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    }

    /** Deletes all but the {@code keep} most recently used {@code .bin} files of the folder named {@code prefix…}. */
    static void keepNewest(Path folder, String prefix, int keep) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".bin"))
                    .sorted(Comparator.comparing(CacheFiles::modified).reversed()).toList();
        }
        for (Path old : files.subList(Math.min(keep, files.size()), files.size())) {
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

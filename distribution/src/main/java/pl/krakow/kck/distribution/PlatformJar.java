package pl.krakow.kck.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without the native libraries of other platforms and without native debug symbols.
 * onnxruntime ships 420 MB of them (Windows .pdb files, macOS .dSYM folders), DJL's tokenizers 54 MB,
 * JNA 5 MB; a Linux x86-64 service needs one library of each. A jar with nothing to drop is copied byte for
 * byte; an entry whose path names no platform is always kept.
 */
final class PlatformJar {

    private static final Pattern NATIVE = Pattern.compile("(?i).*(\\.so(\\.\\d+)*|\\.dll|\\.dylib|\\.jnilib|\\.a|\\.pdb)$|.*\\.dsym/.*");
    private static final Pattern DEBUG_SYMBOLS = Pattern.compile("(?i).*\\.pdb$|.*\\.dsym/.*");
    private static final Pattern PLATFORM_DIR = Pattern.compile(
            "(?i)(linux|darwin|osx|macos|mac|win|windows|win32|win64|aix|freebsd|openbsd|netbsd|dragonflybsd|sunos|solaris|android)([-_][a-z0-9_-]*)?");

    private final Platform platform;

    PlatformJar(Platform platform) {
        this.platform = platform;
    }

    /** What copying one jar dropped. */
    record Trimmed(Path jar, List<String> dropped, long droppedBytes) {
    }

    /** True when the entry stays: not native code, or native code of this platform that is no debug symbol. */
    boolean keeps(String entry) {
        if (!NATIVE.matcher(entry).matches()) {
            return true;
        }
        if (DEBUG_SYMBOLS.matcher(entry).matches()) {
            return false;
        }
        boolean namesAPlatform = false;
        for (String segment : entry.split("/")) {
            if (platform.nativeDirs().contains(segment.toLowerCase(Locale.ROOT))) {
                return true;
            }
            namesAPlatform |= PLATFORM_DIR.matcher(segment).matches();
        }
        return !namesAPlatform;
    }

    Trimmed copy(Path from, Path to) throws IOException {
        List<String> dropped = new ArrayList<>();
        long droppedBytes = 0;
        try (ZipFile zip = new ZipFile(from.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && !keeps(entry.getName())) {
                    dropped.add(entry.getName());
                    droppedBytes += Math.max(0, entry.getSize());
                }
            }
            if (dropped.isEmpty()) {
                Files.copy(from, to);
            } else {
                write(zip, to);
            }
        }
        return new Trimmed(from, dropped, droppedBytes);
    }

    private void write(ZipFile zip, Path to) throws IOException {
        try (OutputStream file = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && !keeps(entry.getName())) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry);
                if (copy.getMethod() == ZipEntry.DEFLATED) {
                    copy.setCompressedSize(-1); // recompressed: the size may differ
                }
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}

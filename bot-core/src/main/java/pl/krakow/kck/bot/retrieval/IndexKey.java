package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import pl.krakow.kck.bot.language.Language;

/**
 * What a cached index was made from, as a hash: the knowledge base's files (their paths and contents) and the
 * code that analyses and indexes them (this module, Lucene, Morfologik and its Polish and Ukrainian
 * dictionaries: each jar's entries with their CRC-32 and size, read from the jar's directory, nothing inflated;
 * a classes folder by its files' contents). Any edit of an article, any change of the analysis or a new
 * library gives another key, so a stale index is never read.
 */
final class IndexKey {

    /** Raised when the file layout of {@link IndexImage} or of the cache file changes. */
    static final int FORMAT = 2;

    /** Resources whose jar (or classes folder) decides how the articles are analysed and indexed. */
    private static final List<String> CODE = List.of(
            "pl/krakow/kck/bot/retrieval/TextAnalyzer.class",
            "org/apache/lucene/index/IndexWriter.class",
            "org/apache/lucene/analysis/miscellaneous/ASCIIFoldingFilter.class",
            "org/apache/lucene/analysis/morfologik/MorfologikFilter.class",
            "morfologik/stemming/Dictionary.class",
            "morfologik/fsa/FSA.class",
            "morfologik/stemming/polish/PolishStemmer.class",
            UkrainianDictionary.RESOURCE);

    private static volatile String code;

    private IndexKey() {
    }

    /** The key of one language's edition of the knowledge base whose files hash to {@code knowledgeBase}. */
    static String of(String knowledgeBase, Language language) {
        MessageDigest digest = sha256();
        digest.update((FORMAT + "\n" + code() + "\n" + knowledgeBase + "\n" + language.name()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /**
     * A hash of every file under the knowledge base's folder: relative path, length and content, in path order.
     * Each file's content enters by two checksums of different polynomials (CRC-32C and CRC-32, both computed by
     * the processor's instructions even before the JIT compiler has run, where SHA-256 over the 2 MB of articles
     * took a tenth of a second of the start); the list of them is then hashed with SHA-256.
     */
    static String knowledgeBase(Path folder) throws IOException {
        MessageDigest digest = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        StringBuilder list = new StringBuilder(files.size() * 64);
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            CRC32C crc32c = new CRC32C();
            crc32c.update(content);
            CRC32 crc32 = new CRC32();
            crc32.update(content);
            list.append(folder.relativize(file).toString().replace('\\', '/')).append('\t').append(content.length)
                    .append('\t').append(Long.toHexString(crc32c.getValue())).append('\t').append(Long.toHexString(crc32.getValue())).append('\n');
        }
        return HexFormat.of().formatHex(digest.digest(list.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The hash of the code, computed once per JVM (the classpath does not change while it runs). */
    static String code() {
        String known = code;
        if (known == null) {
            known = code(IndexKey.class.getClassLoader(), CODE);
            code = known;
        }
        return known;
    }

    /** The hash of the jars or classes folders {@code loader} finds {@code resources} in. */
    static String code(ClassLoader loader, List<String> resources) {
        MessageDigest digest = sha256();
        for (String resource : resources) {
            URL url = loader.getResource(resource);
            digest.update((resource + "=" + (url == null ? "absent" : "")).getBytes(StandardCharsets.UTF_8));
            if (url != null) {
                origin(url, resource, digest);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void origin(URL url, String resource, MessageDigest digest) {
        try {
            if (url.getProtocol().equals("jar")) {
                String path = url.getPath();
                Path jar = Path.of(java.net.URI.create(path.substring(0, path.indexOf("!/"))));
                digest.update(jar.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                        ZipEntry entry = entries.nextElement();
                        digest.update((entry.getName() + ":" + entry.getCrc() + ":" + entry.getSize() + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            } else if (url.getProtocol().equals("file")) {
                Path file = Path.of(url.toURI());
                Path root = file;
                for (int i = 0; i < resource.split("/").length; i++) {
                    root = root.getParent();
                }
                digest.update(knowledgeBase(root).getBytes(StandardCharsets.UTF_8));
            } else {
                digest.update(url.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            // an unusual class loader: the location stands for the code
            digest.update(url.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

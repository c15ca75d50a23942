package pl.krakow.kck.bot.retrieval;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.CRC32C;

import pl.krakow.kck.bot.language.Language;

/**
 * The words the start analyses (synonyms, the report form's categories and districts, follow-up and handoff
 * phrases), kept on disk ({@code kck.cache-dir}) per language under a hash of the code that analyses them
 * ({@link IndexKey#code()}: this module, Lucene, Morfologik and the dictionaries): a start reads them into the
 * analysers' memory ({@link TextAnalyzer}) instead of looking each one up in the dictionaries again, which was
 * about a sixth of the start's work on its main thread. An analysis depends only on the language and the code,
 * so a word read back is the word the dictionaries give.
 *
 * <p>{@link #save()} writes what has been analysed when it is called; the service calls it before any
 * resident's message can have been analysed, so that no resident's words reach the file. A file that is damaged,
 * truncated or of another code is ignored (the words are analysed again and the file written anew).
 */
public final class WordCache {

    private static final Logger LOG = Logger.getLogger(WordCache.class.getName());
    private static final int MAGIC = 0x4b434b57; // "KCKW"
    /** Raised when the file layout changes. */
    static final int FORMAT = 1;
    /** Files kept per language (services of other builds sharing the folder). */
    private static final int KEEP = 4;

    private final Path folder;
    private final Map<Language, Integer> read = new EnumMap<>(Language.class);

    public WordCache(Path folder) {
        this.folder = folder;
    }

    /** Reads the words cached for this code into the analysers' memory; the number of words read. */
    public int load() {
        int total = 0;
        for (Language language : Language.values()) {
            List<Word> words = read(language);
            TextAnalyzer.remember(language, words);
            read.put(language, words.size());
            total += words.size();
        }
        return total;
    }

    /**
     * Writes, on a thread of its own, the words analysed so far of each language whose file lacks some (a copy
     * is taken here, so words analysed after this call are never written).
     */
    public void save() {
        Map<Language, List<Word>> snapshot = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<Word> words = TextAnalyzer.analysed(language);
            if (!words.isEmpty() && words.size() != read.getOrDefault(language, 0)) {
                snapshot.put(language, words);
            }
        }
        if (!snapshot.isEmpty()) {
            Thread.ofPlatform().daemon().name("word-cache").start(() -> snapshot.forEach(this::write));
        }
    }

    Path file(Language language) {
        return folder.resolve("words-" + language.name().toLowerCase(Locale.ROOT) + "-" + key(language) + ".bin");
    }

    private static String key(Language language) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update((FORMAT + "\n" + IndexKey.code() + "\n" + language.name()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** The words in the language's file; none when there is none or it cannot be trusted. */
    List<Word> read(Language language) {
        Path file = file(language);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < Integer.BYTES * 3 + Long.BYTES) {
                throw new IOException("truncated");
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - Long.BYTES);
            if (ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong() != crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - Long.BYTES));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("another format");
            }
            int count = in.readInt();
            List<Word> words = new ArrayList<>(Math.max(0, Math.min(count, 1 << 20)));
            for (int i = 0; i < count; i++) {
                String surface = in.readUTF();
                String folded = in.readUTF();
                int lemmaCount = in.readUnsignedShort();
                Set<String> lemmas = new HashSet<>();
                for (int l = 0; l < lemmaCount; l++) {
                    lemmas.add(in.readUTF());
                }
                boolean inDictionary = in.readBoolean();
                double salience = in.readDouble();
                words.add(new Word(surface, folded, lemmas, inDictionary, salience));
            }
            if (in.available() != 0) {
                throw new IOException("more than its words");
            }
            CacheFiles.touch(file);
            return words;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "cached words " + file + " not used (" + e.getMessage() + ")");
            return List.of();
        }
    }

    /** Writes the language's file whole under a temporary name, then renames it over any previous one. */
    void write(Language language, List<Word> words) {
        Path file = file(language);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * words.size() + 64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(words.size());
            for (Word word : words) {
                out.writeUTF(word.surface());
                out.writeUTF(word.folded());
                out.writeShort(word.lemmas().size());
                for (String lemma : word.lemmas()) {
                    out.writeUTF(lemma);
                }
                out.writeBoolean(word.inDictionary());
                out.writeDouble(word.salience());
            }
            out.flush();
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            CacheFiles.replace(file, bytes.toByteArray());
            CacheFiles.keepNewest(folder, "words-" + language.name().toLowerCase(Locale.ROOT) + "-", KEEP);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "words not cached in " + file + ": " + e);
        }
    }
}

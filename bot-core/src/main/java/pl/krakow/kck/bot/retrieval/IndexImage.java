package pl.krakow.kck.bot.retrieval;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * What building an {@link ArticleIndex} computes from the articles, apart from the articles themselves: the
 * Lucene index files, the word forms the {@link TypoCorrector} corrects against (with the number of articles
 * each occurs in) and the {@link TopicWords}. Written to and read from a stream by {@link IndexCache}, so that
 * a start with an unchanged knowledge base skips analysing every article. Maps keep their iteration order
 * through a round trip (ties between equally good corrections are decided by that order).
 *
 * @param articleIds the articles in document order, to check the image belongs to the knowledge base loaded
 */
record IndexImage(List<String> articleIds, Map<String, byte[]> files, Map<String, Integer> vocabulary,
                  Map<String, Map<String, Integer>> topics, Map<String, Map<String, Integer>> senses) {

    /** Copies the index files out of a finished directory. */
    static Map<String, byte[]> files(ByteBuffersDirectory directory) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : directory.listAll()) {
            try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
                byte[] bytes = new byte[Math.toIntExact(in.length())];
                in.readBytes(bytes, 0, bytes.length);
                files.put(name, bytes);
            }
        }
        return files;
    }

    /**
     * An empty in-memory directory whose files are read back as one byte array each: a search opens many
     * inputs (a clone per term's postings), and a clone of a file kept as many small buffers duplicated every
     * buffer (about half of what a message allocated); a clone of an array input copies nothing.
     */
    static ByteBuffersDirectory inMemory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
    }

    /** A fresh in-memory directory holding the index files. */
    ByteBuffersDirectory directory() throws IOException {
        ByteBuffersDirectory directory = IndexImage.inMemory();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            try (IndexOutput out = directory.createOutput(file.getKey(), IOContext.DEFAULT)) {
                out.writeBytes(file.getValue(), file.getValue().length);
            }
        }
        return directory;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(articleIds.size());
        for (String id : articleIds) {
            out.writeUTF(id);
        }
        out.writeInt(files.size());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            out.writeUTF(file.getKey());
            out.writeInt(file.getValue().length);
            out.write(file.getValue());
        }
        writeCounts(out, vocabulary);
        writeNested(out, topics);
        writeNested(out, senses);
    }

    static IndexImage read(DataInputStream in) throws IOException {
        int articles = count(in);
        List<String> ids = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            ids.add(in.readUTF());
        }
        int fileCount = count(in);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < fileCount; i++) {
            String name = in.readUTF();
            byte[] bytes = new byte[count(in)];
            in.readFully(bytes);
            files.put(name, bytes);
        }
        Map<String, Integer> vocabulary = readCounts(in);
        Map<String, Map<String, Integer>> topics = readNested(in);
        return new IndexImage(List.copyOf(ids), files, vocabulary, topics, readNested(in));
    }

    private static void writeNested(DataOutputStream out, Map<String, Map<String, Integer>> nested) throws IOException {
        out.writeInt(nested.size());
        for (Map.Entry<String, Map<String, Integer>> term : nested.entrySet()) {
            out.writeUTF(term.getKey());
            writeCounts(out, term.getValue());
        }
    }

    private static Map<String, Map<String, Integer>> readNested(DataInputStream in) throws IOException {
        int termCount = count(in);
        Map<String, Map<String, Integer>> nested = new HashMap<>();
        for (int i = 0; i < termCount; i++) {
            nested.put(in.readUTF(), readCounts(in));
        }
        return nested;
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeInt(entry.getValue());
        }
    }

    /** Inserted in the order written: a HashMap of the same keys inserted in its own iteration order iterates the same. */
    private static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
        int size = count(in);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < size; i++) {
            counts.put(in.readUTF(), in.readInt());
        }
        return counts;
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 1 << 28) {
            throw new IOException("bad count " + count);
        }
        return count;
    }
}

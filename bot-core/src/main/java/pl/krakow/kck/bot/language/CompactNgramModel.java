package pl.krakow.kck.bot.language;

import it.unimi.dsi.fastutil.objects.AbstractObject2FloatMap;
import it.unimi.dsi.fastutil.objects.ObjectSet;

/**
 * One of Lingua's n-gram models (one language, one n-gram length) in primitive arrays: each n-gram as a long of
 * 12-bit character codes in an open-addressing table (linear probing, three quarters full), its probability beside
 * it. About 16 bytes an n-gram where Lingua's own {@code Object2FloatOpenHashMap<String>} keeps a String, its byte
 * array and a hash slot (about 75 bytes): the eight languages' 3.3 million n-grams take about 55 MB instead of
 * about 235 MB, looked up in one or two probes. Lingua only ever calls {@link #getFloat(Object)} on its models; the
 * probability returned is the one Lingua computes itself.
 */
final class CompactNgramModel extends AbstractObject2FloatMap<String> {

    /** Bits per character code: up to five characters in a long. */
    static final int BITS = 12;
    private static final double FILL = 0.75;

    private final CharCodes codes;
    private final long[] keys;
    private final float[] values;
    private final int size;

    /** @param keys the table (0: an empty slot), {@code values[i]} belongs to {@code keys[i]} */
    CompactNgramModel(CharCodes codes, long[] keys, float[] values) {
        this.codes = codes;
        this.keys = keys;
        this.values = values;
        int filled = 0;
        for (long key : keys) {
            filled += key == 0 ? 0 : 1;
        }
        this.size = filled;
    }

    /** The table of {@code count} n-grams given as keys and probabilities; an n-gram given twice is refused. */
    static CompactNgramModel of(CharCodes codes, long[] keys, float[] probabilities, int count, String name) {
        int capacity = (int) Math.ceil(count / FILL) + 1;
        long[] table = new long[capacity];
        float[] values = new float[capacity];
        for (int i = 0; i < count; i++) {
            int at = slot(keys[i], capacity);
            while (table[at] != 0) {
                if (table[at] == keys[i]) {
                    throw new IllegalStateException(name + ": an n-gram listed twice");
                }
                at = at + 1 == capacity ? 0 : at + 1;
            }
            table[at] = keys[i];
            values[at] = probabilities[i];
        }
        return new CompactNgramModel(codes, table, values);
    }

    private static int slot(long key, int capacity) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (((mixed >>> 32) * capacity) >>> 32);
    }

    @Override
    public float getFloat(Object key) {
        if (!(key instanceof String ngram) || ngram.isEmpty() || ngram.length() > 5) {
            return defRetValue;
        }
        long encoded = codes.encode(ngram);
        if (encoded < 0) {
            return defRetValue; // a character no model has
        }
        int capacity = keys.length;
        for (int at = slot(encoded, capacity); ; at = at + 1 == capacity ? 0 : at + 1) {
            long found = keys[at];
            if (found == encoded) {
                return values[at];
            }
            if (found == 0) {
                return defRetValue;
            }
        }
    }

    long[] keys() {
        return keys;
    }

    float[] probabilities() {
        return values;
    }

    @Override
    public int size() {
        return size;
    }

    /** Not used by Lingua, and not kept: the n-grams exist only as codes. */
    @Override
    public ObjectSet<Entry<String>> object2FloatEntrySet() {
        throw new UnsupportedOperationException("a compact n-gram model is looked up, not iterated");
    }

    /** The characters of every loaded model, each with a code of {@link #BITS} bits (1 up; 0 is never used). */
    static final class CharCodes {

        private final short[] code = new short[Character.MAX_VALUE + 1];
        private int next = 1;

        /** The code of {@code ch}, given one if it has none yet; callers hold this object's lock. */
        int add(char ch) {
            int known = code[ch];
            if (known != 0) {
                return known;
            }
            if (next >= 1 << BITS) {
                throw new IllegalStateException("more than " + ((1 << BITS) - 1) + " distinct characters in the n-gram models");
            }
            code[ch] = (short) next;
            return next++;
        }

        /** The characters with a code, in code order (code 1 first): what {@link #restore} takes. */
        synchronized char[] characters() {
            char[] characters = new char[next - 1];
            for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
                if (code[ch] != 0) {
                    characters[code[ch] - 1] = (char) ch;
                }
            }
            return characters;
        }

        /** Gives the characters their codes of an earlier run; false (nothing changed) when codes were given already. */
        synchronized boolean restore(char[] characters) {
            if (next != 1 || characters.length >= 1 << BITS) {
                return false;
            }
            for (int i = 0; i < characters.length; i++) {
                code[characters[i]] = (short) (i + 1);
            }
            next = characters.length + 1;
            return true;
        }

        /** The n-gram as a key, or -1 when one of its characters has no code. */
        long encode(CharSequence ngram) {
            long key = 0;
            for (int i = 0; i < ngram.length(); i++) {
                int c = code[ngram.charAt(i)];
                if (c == 0) {
                    return -1;
                }
                key = key << BITS | c;
            }
            return key;
        }
    }
}

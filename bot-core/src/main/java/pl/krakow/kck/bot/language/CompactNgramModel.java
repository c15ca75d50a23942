package pl.krakow.kck.bot.language;

import java.util.Arrays;

import it.unimi.dsi.fastutil.objects.AbstractObject2FloatMap;
import it.unimi.dsi.fastutil.objects.ObjectSet;

/**
 * One of Lingua's n-gram models (one language, one n-gram length) in sorted primitive arrays: each n-gram as a
 * long of 12-bit character codes, its probability beside it. About 12 bytes an n-gram where Lingua's own
 * {@code Object2FloatOpenHashMap<String>} keeps a String, its byte array and a hash slot (about 75 bytes): the
 * eight languages' 3.3 million n-grams take about 40 MB instead of about 235 MB. Lingua only ever calls
 * {@link #getFloat(Object)} on its models; the probability returned is the one Lingua computes itself.
 */
final class CompactNgramModel extends AbstractObject2FloatMap<String> {

    /** Bits per character code: up to five characters in a long. */
    static final int BITS = 12;

    private final CharCodes codes;
    private final long[] keys;
    private final float[] values;

    /** @param keys sorted ascending, without duplicates; {@code values[i]} belongs to {@code keys[i]} */
    CompactNgramModel(CharCodes codes, long[] keys, float[] values) {
        this.codes = codes;
        this.keys = keys;
        this.values = values;
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
        int at = Arrays.binarySearch(keys, encoded);
        return at >= 0 ? values[at] : defRetValue;
    }

    @Override
    public int size() {
        return keys.length;
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

package pl.krakow.kck.channels.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that forgets its least recently used entry beyond {@code capacity}, so per-client bookkeeping stays
 * bounded however many addresses an attacker uses, and every operation stays O(1). Not thread-safe.
 */
public final class LruMap<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    public LruMap(int capacity) {
        super(Math.min(capacity, 1024), 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}

package pl.krakow.kck.bot.retrieval;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The searches of one message, each run once: reading a message searches the same words several times (alone, as
 * a follow-up, for a life event, in the report flow's answer), and a search of one index snapshot is a function
 * of its question, so within {@link #during(Supplier)} a repeated search returns the result found first (results
 * are immutable). Outside it every search runs. Bound per thread, for the work of one message: nothing is kept
 * after it, so nothing is served from another message or another snapshot.
 */
public final class SearchMemo {

    private record Key(Object index, String question, int limit) {
    }

    private static final ThreadLocal<Map<Key, SearchResult>> SEARCHES = new ThreadLocal<>();

    private SearchMemo() {
    }

    /** Runs the work (one message) with its repeated searches run once; nested calls share the outer memo. */
    public static <T> T during(Supplier<T> work) {
        if (SEARCHES.get() != null) {
            return work.get();
        }
        SEARCHES.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            SEARCHES.remove();
        }
    }

    /** The result of {@code search}, or of the same search of {@code index} made earlier within {@link #during}. */
    static SearchResult search(Object index, String question, int limit, Supplier<SearchResult> search) {
        Map<Key, SearchResult> searches = SEARCHES.get();
        if (searches == null) {
            return search.get();
        }
        Key key = new Key(index, question, limit);
        SearchResult found = searches.get(key);
        if (found == null) {
            found = search.get();
            searches.put(key, found);
        }
        return found;
    }
}

package dev.lossadvisor.engine.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The conclusions of the last runs, by their facts. The rules are a function of the facts alone (value records,
 * inserted in order), so the same facts conclude the same: an unchanged description, or a project file that an edit
 * elsewhere did not change, is not fired again. Least recently used entries go first, so memory stays bounded
 * whatever the input.
 */
final class Memo {
    private final Map<Key, Conclusions> entries;

    Memo(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Conclusions> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The conclusions remembered for these facts, else those of {@code fire}, remembered. */
    Conclusions get(List<Object> facts, Function<List<Object>, Conclusions> fire) {
        Key key = new Key(facts, facts.hashCode());
        synchronized (entries) {
            Conclusions known = entries.get(key);
            if (known != null) return known;
        }
        // fired outside the lock: runs on other facts go on meanwhile; two threads on the same facts conclude alike
        Conclusions c = fire.apply(facts);
        synchronized (entries) {
            entries.put(key, c);
        }
        return c;
    }

    /**
     * A run's facts with their hash taken once: a run that fires would otherwise hash every fact three times (the
     * lookup, the insertion, and the eviction of the eldest run), about 4 % of a warm validate.
     */
    private record Key(List<Object> facts, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.facts.equals(facts);
        }
    }
}

package dev.playground.engine.prompt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of the last few computations, by key, least recently used first out. Safe to share
 * between threads; two threads asking for the same new key may both compute it (results are pure).
 */
final class RecentResults<K, V> {
    private final Map<K, V> results;

    RecentResults(int capacity) {
        results = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Function<K, V> compute) {
        synchronized (results) {
            V known = results.get(key);
            if (known != null) return known;
        }
        V value = compute.apply(key);
        synchronized (results) {
            results.put(key, value);
        }
        return value;
    }
}

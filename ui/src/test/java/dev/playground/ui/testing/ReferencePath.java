package dev.playground.ui.testing;

import java.lang.ref.Reference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds a chain of strong references from a root to an object the test expected to be collectable,
 * so a leak test can say which field keeps an old view alive. Follows fields of our classes and of
 * JavaFX (loaded from the class path), collections and arrays; skips weak and soft references.
 */
public final class ReferencePath {
    private ReferencePath() {}

    public static Optional<String> find(Object root, Predicate<Object> target) {
        Map<Object, String> seen = new IdentityHashMap<>();
        Deque<Object> queue = new ArrayDeque<>();
        seen.put(root, root.getClass().getSimpleName());
        queue.add(root);
        while (!queue.isEmpty()) {
            Object current = queue.poll();
            String path = seen.get(current);
            if (current != root && target.test(current)) return Optional.of(path);
            for (Map.Entry<String, Object> edge : edges(current)) {
                Object next = edge.getValue();
                if (next == null || seen.containsKey(next) || next instanceof Class<?> || next instanceof Thread) continue;
                seen.put(next, path + " → " + edge.getKey() + " (" + next.getClass().getName() + ")");
                queue.add(next);
            }
        }
        return Optional.empty();
    }

    private static List<Map.Entry<String, Object>> edges(Object object) {
        List<Map.Entry<String, Object>> edges = new ArrayList<>();
        if (object instanceof Reference<?>) return edges;
        Class<?> type = object.getClass();
        if (type.isArray()) {
            if (!type.getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(object); i++) edges.add(new java.util.AbstractMap.SimpleEntry<String, Object>("[" + i + "]", nullable(Array.get(object, i))));
            }
            return edges;
        }
        String name = type.getName();
        if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
            try {
                if (object instanceof Map<?, ?> map) {
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        edges.add(new java.util.AbstractMap.SimpleEntry<String, Object>("key", nullable(e.getKey())));
                        edges.add(new java.util.AbstractMap.SimpleEntry<String, Object>("value[" + e.getKey() + "]", nullable(e.getValue())));
                    }
                } else if (object instanceof Collection<?> collection) {
                    int i = 0;
                    for (Object element : collection.toArray()) edges.add(new java.util.AbstractMap.SimpleEntry<String, Object>("[" + i++ + "]", nullable(element)));
                }
            } catch (RuntimeException ignored) {
                // a collection that cannot be read now
            }
            return edges;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.getName().startsWith("java.")) break;
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) continue;
                try {
                    if (!field.trySetAccessible()) continue;
                    edges.add(new java.util.AbstractMap.SimpleEntry<String, Object>(c.getSimpleName() + "." + field.getName(), nullable(field.get(object))));
                } catch (Exception ignored) {
                    // not readable: skipped
                }
            }
        }
        return edges;
    }

    private static Object nullable(Object value) {
        return value;
    }
}

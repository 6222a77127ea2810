package jp.tsunagu.base;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reading rows by a set of keys. */
public final class Lookups {

    private Lookups() {}

    /**
     * The rows of the keys, asking by equality when there is one key (a deal's or a task's page): Hibernate 6
     * translates a query with an IN-list parameter to SQL again on every call, an equality query once.
     */
    public static <K, T> List<T> byKeys(
            Collection<K> keys, Function<K, Optional<T>> one, Function<Collection<K>, List<T>> many) {
        return keys.size() == 1 ? one.apply(keys.iterator().next()).stream().toList() : many.apply(keys);
    }
}

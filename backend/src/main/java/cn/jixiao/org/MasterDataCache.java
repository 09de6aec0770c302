package cn.jixiao.org;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived from master data (an account, an org's prefecture, a prefecture's settings), kept while the
 * master-data counter stands still: read once, not on every request, and read afresh after any change on any node
 * ({@link MasterDataVersion}). Values must be immutable; a null value is not kept.
 */
public final class MasterDataCache<K, V> {

    private record Entry<V>(long version, V value) {
    }

    private final MasterDataVersion version;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private volatile long seen = -1;

    public MasterDataCache(MasterDataVersion version) {
        this.version = version;
    }

    public V get(K key, Function<K, V> load) {
        if (version.writtenInThisTransaction()) {
            return load.apply(key);
        }
        long now = version.current(); // before the read: a change committed meanwhile raises it past this entry
        if (now != seen) {
            entries.clear();
            seen = now;
        }
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.version() == now) {
            return kept.value();
        }
        V value = load.apply(key);
        if (value != null) {
            entries.put(key, new Entry<>(now, value));
        }
        return value;
    }
}

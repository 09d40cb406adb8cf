package io.gloss.detect;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.CharArrayMap;

/**
 * Every analysed word the registry and the trigger list use, numbered. A text token outside it can start or
 * continue no phrase, which is the common case and costs one hash lookup without allocating.
 */
final class Vocabulary {

    static final int UNKNOWN = -1;

    private final CharArrayMap<Integer> ids;
    private final BitSet triggers;

    private Vocabulary(Map<String, Integer> ids, BitSet triggers) {
        CharArrayMap<Integer> map = new CharArrayMap<>(ids.size(), false);
        map.putAll(ids);
        this.ids = CharArrayMap.unmodifiableMap(map);
        this.triggers = triggers;
    }

    int find(char[] term, int length) {
        Integer id = ids.get(term, 0, length);
        return id == null ? UNKNOWN : id;
    }

    boolean isTrigger(int id) {
        return id != UNKNOWN && triggers.get(id);
    }

    static final class Builder {

        private final Map<String, Integer> ids = new HashMap<>();
        private final BitSet triggers = new BitSet();

        int add(String term) {
            return ids.computeIfAbsent(term, unused -> ids.size());
        }

        void addTrigger(String term) {
            triggers.set(add(term));
        }

        Vocabulary build() {
            return new Vocabulary(ids, (BitSet) triggers.clone());
        }
    }
}

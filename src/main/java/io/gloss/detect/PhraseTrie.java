package io.gloss.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every registry phrase as a path of vocabulary ids. Following a text token is one probe of a hash table
 * keyed by (node, word), so the cost per token does not grow with the number of organisations.
 */
final class PhraseTrie {

    static final int ROOT = 0;
    static final int NONE = -1;

    /** Slots hold (node, word) keys; a child of 0 marks an empty slot, as the root is nobody's child. */
    private final long[] keys;
    private final int[] children;
    private final int mask;
    private final List<List<Phrase>> phrases;

    private PhraseTrie(Map<Long, Integer> transitions, List<List<Phrase>> phrases) {
        int capacity = Integer.highestOneBit(Math.max(transitions.size(), 1) * 4);
        this.keys = new long[capacity];
        this.children = new int[capacity];
        this.mask = capacity - 1;
        transitions.forEach((key, child) -> {
            int slot = slot(key);
            while (children[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            children[slot] = child;
        });
        this.phrases = phrases.stream().map(List::copyOf).toList();
    }

    int child(int node, int word) {
        long key = key(node, word);
        for (int slot = slot(key); children[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return children[slot];
            }
        }
        return NONE;
    }

    /** The phrases that end at this node. */
    List<Phrase> phrasesAt(int node) {
        return phrases.get(node);
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }

    private static long key(int node, int word) {
        return ((long) node << 32) | (word & 0xFFFFFFFFL);
    }

    static final class Builder {

        private final Map<Long, Integer> transitions = new HashMap<>();
        private final List<List<Phrase>> phrases = new ArrayList<>(List.of(new ArrayList<>()));

        void add(int[] words, Phrase phrase) {
            int node = ROOT;
            for (int word : words) {
                node = transitions.computeIfAbsent(key(node, word), unused -> {
                    phrases.add(new ArrayList<>());
                    return phrases.size() - 1;
                });
            }
            List<Phrase> here = phrases.get(node);
            // The same name listed twice, say under two languages, would only be found twice.
            if (!here.contains(phrase)) {
                here.add(phrase);
            }
        }

        PhraseTrie build() {
            return new PhraseTrie(transitions, phrases);
        }
    }
}

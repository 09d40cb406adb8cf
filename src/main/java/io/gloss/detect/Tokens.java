package io.gloss.detect;

import java.util.Arrays;

/** A text as the detector sees it: a vocabulary id per token and the stretch of text it came from. */
final class Tokens {

    private int[] terms;
    private int[] starts;
    private int[] wordStarts;
    private int[] ends;
    private boolean[] triggers;
    private int size;

    Tokens(int expected) {
        int capacity = Math.max(expected, 16);
        terms = new int[capacity];
        starts = new int[capacity];
        wordStarts = new int[capacity];
        ends = new int[capacity];
        triggers = new boolean[capacity];
    }

    void add(int term, boolean trigger, int start, int wordStart, int end) {
        if (size == terms.length) {
            int capacity = size * 2;
            terms = Arrays.copyOf(terms, capacity);
            starts = Arrays.copyOf(starts, capacity);
            wordStarts = Arrays.copyOf(wordStarts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            triggers = Arrays.copyOf(triggers, capacity);
        }
        terms[size] = term;
        triggers[size] = trigger;
        starts[size] = start;
        wordStarts[size] = wordStart;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    int term(int token) {
        return terms[token];
    }

    boolean isTrigger(int token) {
        return triggers[token];
    }

    /** Where the token begins, including an Arabic article before it. */
    int start(int token) {
        return starts[token];
    }

    /** Where the word itself begins, for comparing its exact spelling. */
    int wordStart(int token) {
        return wordStarts[token];
    }

    int end(int token) {
        return ends[token];
    }
}

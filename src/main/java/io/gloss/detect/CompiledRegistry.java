package io.gloss.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The registry compiled for one analysis: the vocabulary it knows and the phrases it can find. */
final class CompiledRegistry {

    private final NewsAnalyzer analyzer;
    private final Vocabulary vocabulary;
    private final PhraseTrie trie;

    private CompiledRegistry(NewsAnalyzer analyzer, Vocabulary vocabulary, PhraseTrie trie) {
        this.analyzer = analyzer;
        this.vocabulary = vocabulary;
        this.trie = trie;
    }

    /** Names of every language go in: a Russian article may well write "Hayat Tahrir al-Sham". */
    static CompiledRegistry compile(NewsAnalyzer analyzer, Collection<DetectableOrganization> organizations) {
        Vocabulary.Builder vocabulary = new Vocabulary.Builder();
        PhraseTrie.Builder trie = new PhraseTrie.Builder();
        Set<List<Integer>> names = new HashSet<>();
        for (DetectableOrganization organization : organizations) {
            for (OrganizationName name : organization.names()) {
                Analysed analysed = analyse(analyzer, vocabulary, name.value());
                analysed.addTo(trie, Phrase.of(organization.slug(), name, analysed.spelling()));
                names.add(analysed.words());
            }
        }
        for (DetectableOrganization organization : organizations) {
            for (LookAlike lookAlike : organization.lookAlikes()) {
                Analysed analysed = analyse(analyzer, vocabulary, lookAlike.value());
                // A look-alike that reads exactly as some name (Azerbaijani "qayda", a rule, reads as "Qaeda")
                // cannot tell the two apart; it would silence every mention of the name, so the name wins.
                if (!names.contains(analysed.words())) {
                    analysed.addTo(trie, Phrase.lookAlike(organization.slug(), lookAlike, analysed.spelling()));
                }
            }
        }
        for (String trigger : TriggerWords.ALL) {
            analyzer.forEachToken(trigger, (term, length, start, wordStart, end) ->
                    vocabulary.addTrigger(new String(term, 0, length)));
        }
        return new CompiledRegistry(analyzer, vocabulary.build(), trie.build());
    }

    Tokens tokenize(String text) {
        Tokens tokens = new Tokens(text.length() / 6);
        analyzer.forEachToken(text, (term, length, start, wordStart, end) -> {
            int id = vocabulary.find(term, length);
            tokens.add(id, vocabulary.isTrigger(id), start, wordStart, end);
        });
        return tokens;
    }

    /** Every phrase occurrence, overlapping ones included; settling them is for {@link Overlaps}. */
    List<Hit> find(String text, Tokens tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int first = 0; first < tokens.size(); first++) {
            int node = PhraseTrie.ROOT;
            for (int last = first; last < tokens.size() && tokens.term(last) != Vocabulary.UNKNOWN; last++) {
                node = trie.child(node, tokens.term(last));
                if (node == PhraseTrie.NONE) {
                    break;
                }
                for (Phrase phrase : trie.phrasesAt(node)) {
                    Phrase.Fit fit = phrase.fit(text, tokens, first);
                    if (fit != Phrase.Fit.NONE) {
                        hits.add(new Hit(first, last + 1, phrase, fit == Phrase.Fit.IN_LOWER_CASE));
                    }
                }
            }
        }
        return hits;
    }

    private static Analysed analyse(NewsAnalyzer analyzer, Vocabulary.Builder vocabulary, String value) {
        List<Integer> words = new ArrayList<>();
        List<String> spelling = new ArrayList<>();
        analyzer.forEachToken(value, (term, length, start, wordStart, end) -> {
            words.add(vocabulary.add(new String(term, 0, length)));
            spelling.add(value.substring(wordStart, end));
        });
        return new Analysed(words, spelling);
    }

    private record Analysed(List<Integer> words, List<String> spelling) {

        void addTo(PhraseTrie.Builder trie, Phrase phrase) {
            // A name of punctuation alone has no words to find.
            if (!words.isEmpty()) {
                trie.add(words.stream().mapToInt(Integer::intValue).toArray(), phrase);
            }
        }
    }
}

package io.gloss.detect;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The one analysis that registry names and article text both go through, so that whatever makes two
 * spellings equal for one makes them equal for the other. Thread-safe: Lucene keeps one token stream
 * per thread.
 *
 * <p>Chain: apostrophe look-alikes unified, zero-width spaces made word joiners; Unicode word tokenizer (every dash variant separates words);
 * NFKC with case folding (also drops soft hyphens and zero-width characters); Latin diacritics folded
 * ("Taḥrīr"); possessive, inner apostrophes and ё; then English plurals where the article is English,
 * Russian case endings on Cyrillic words whatever the article's language, and the transliteration fold
 * ({@link TransliterationFilter}); then the Arabic article is skipped.
 */
final class NewsAnalyzer {

    private final Analyzer analyzer;

    private NewsAnalyzer(UnaryOperator<TokenStream> stemming) {
        this.analyzer = new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new SameLookingCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream stream = new ICUNormalizer2Filter(words);
                stream = new LatinDiacriticsFilter(stream);
                stream = new SpellingFilter(stream);
                stream = stemming.apply(stream);
                // Russian endings are folded in every text: a Russian paragraph in an English article is
                // still Russian, and the stemmer only touches Cyrillic words.
                stream = new RussianLightStemFilter(stream);
                return new TokenStreamComponents(words, new TransliterationFilter(stream));
            }
        };
    }

    /**
     * No stemming of Latin words: for languages without a stemmer of their own, where guessing endings
     * does harm. Cyrillic words get the Russian case endings folded, as in every analysis.
     */
    static NewsAnalyzer neutral() {
        return new NewsAnalyzer(stream -> stream);
    }

    /**
     * Folds English plurals ("militants"), but never stems a Latin word spelt as in some registry name:
     * the stemmer would turn "Hamas" into "hama" and find Hamas in every mention of Hama, the Syrian city.
     * Only Latin words are kept from stemming: a Cyrillic registry word must still lose its endings, or
     * "Исламского" would never meet "Исламское".
     */
    static NewsAnalyzer english(Collection<String> registryWords) {
        CharArraySet keep = new CharArraySet(registryWords.stream().filter(NewsAnalyzer::isLatin).toList(), false);
        return new NewsAnalyzer(stream -> new EnglishMinimalStemFilter(new SetKeywordMarkerFilter(stream, keep)));
    }

    private static boolean isLatin(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    void forEachToken(String text, TokenSink sink) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int articleStart = -1;
            while (stream.incrementToken()) {
                int start = offsets.startOffset();
                int end = offsets.endOffset();
                if (ArabicArticles.introducesNextWord(term.buffer(), term.length(), text, end)) {
                    articleStart = articleStart < 0 ? start : articleStart;
                    continue;
                }
                sink.accept(term.buffer(), term.length(), articleStart < 0 ? start : articleStart, start, end);
                articleStart = -1;
            }
            stream.end();
        } catch (IOException e) {
            // Lucene reads the string through a Reader; a string cannot fail to read.
            throw new UncheckedIOException(e);
        }
    }
}

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
 * <p>Chain: apostrophe look-alikes unified; Unicode word tokenizer (every dash variant separates words);
 * NFKC with case folding (also drops soft hyphens and zero-width characters); Latin diacritics folded
 * ("Taḥrīr"); possessive, inner apostrophes and ё; then a light stemmer for the language; then the
 * Arabic article is skipped.
 */
final class NewsAnalyzer {

    private final Analyzer analyzer;

    private NewsAnalyzer(UnaryOperator<TokenStream> stemming) {
        this.analyzer = new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ApostropheCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream stream = new ICUNormalizer2Filter(words);
                stream = new LatinDiacriticsFilter(stream);
                stream = new SpellingFilter(stream);
                return new TokenStreamComponents(words, stemming.apply(stream));
            }
        };
    }

    /** No stemming: for languages without a stemmer of their own, where guessing endings does harm. */
    static NewsAnalyzer neutral() {
        return new NewsAnalyzer(stream -> stream);
    }

    /** Folds case endings: "Исламского государства", "Аль-Каидой", "Талибана", "Имарата Кавказ". */
    static NewsAnalyzer russian() {
        return new NewsAnalyzer(RussianLightStemFilter::new);
    }

    /**
     * Folds plurals ("militants"), but never stems a word spelt as in some registry name: the stemmer would
     * turn "Hamas" into "hama" and find Hamas in every mention of Hama, the Syrian city.
     */
    static NewsAnalyzer english(Collection<String> registryWords) {
        CharArraySet keep = new CharArraySet(registryWords, false);
        return new NewsAnalyzer(stream -> new EnglishMinimalStemFilter(new SetKeywordMarkerFilter(stream, keep)));
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

package io.gloss.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** News paragraphs written for the benchmark, joined into articles of a few kilobytes like a day's copy. */
final class BenchmarkNews {

    static final int PARAGRAPHS_PER_ARTICLE = 4;

    private BenchmarkNews() {
    }

    static List<String> articles(String language) {
        String[] paragraphs = read("benchmark-news-" + language + ".txt").strip().split("\n\n");
        List<String> articles = new ArrayList<>();
        for (int first = 0; first < paragraphs.length; first++) {
            StringBuilder article = new StringBuilder();
            for (int i = 0; i < PARAGRAPHS_PER_ARTICLE; i++) {
                article.append(paragraphs[(first + i) % paragraphs.length]).append("\n\n");
            }
            articles.add(article.toString());
        }
        return articles;
    }

    private static String read(String resource) {
        try (InputStream in = BenchmarkNews.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.backcoach.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns a user's message into concepts by running the question analyzer. Never uses Lucene's
 * query syntax, so quotes, brackets, {@code AND}, {@code *} or {@code ~} are just characters.
 */
final class QuestionParser {
    /** Longer messages are cut: a question that needs more words than this is several questions. */
    static final int MAX_CHARS = 1_000;
    static final int MAX_CONCEPTS = 40;

    private final Analyzer analyzer;
    private final WordRarity rarity;

    QuestionParser(Analyzer analyzer, WordRarity rarity) {
        this.analyzer = analyzer;
        this.rarity = rarity;
    }

    List<Concept> parse(String message) {
        String text = normalise(message);
        Map<Long, Set<String>> bySpan = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("q", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken() && bySpan.size() <= MAX_CONCEPTS) {
                long span = ((long) offset.startOffset() << 32) | offset.endOffset();
                bySpan.computeIfAbsent(span, k -> new LinkedHashSet<>()).add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("analysing an in-memory string cannot fail", e);
        }
        List<Concept> concepts = new ArrayList<>();
        Set<Set<String>> seen = new LinkedHashSet<>();
        for (Map.Entry<Long, Set<String>> span : bySpan.entrySet()) {
            if (seen.add(span.getValue())) {
                String typed = text.substring((int) (span.getKey() >>> 32), (int) (span.getKey() & 0xffffffffL));
                concepts.add(new Concept(span.getValue(), specificity(typed)));
            }
        }
        return concepts;
    }

    /** The most telling word of the typed span (a span is one word or a multi-word synonym). */
    private double specificity(String typed) {
        double most = 0;
        for (String word : typed.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (!word.isEmpty()) {
                most = Math.max(most, rarity.specificity(word));
            }
        }
        return most == 0 ? 1.0 : most;
    }

    static String normalise(String message) {
        String text = message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) : message;
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
    }
}

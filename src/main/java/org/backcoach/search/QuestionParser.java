package org.backcoach.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Turns a user's message into concepts by running the question analyzer. Never uses Lucene's
 * query syntax, so quotes, brackets, {@code AND}, {@code *} or {@code ~} are just characters.
 */
final class QuestionParser {
    /** Longer messages are cut: a question that needs more words than this is several questions. */
    static final int MAX_CHARS = 1_000;
    static final int MAX_CONCEPTS = 40;
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}']+");

    private final Analyzer analyzer;
    private final WordRarity rarity;

    QuestionParser(Analyzer analyzer, WordRarity rarity) {
        this.analyzer = analyzer;
        this.rarity = rarity;
    }

    /** A token of the analysed question: its term and where it sits in the token graph. */
    private record Token(String term, int from, int to) {
    }

    List<Concept> parse(String message) {
        String text = normalise(message);
        Map<Long, List<Token>> bySpan = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("q", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken() && bySpan.size() <= MAX_CONCEPTS) {
                position += increment.getPositionIncrement();
                long span = ((long) offset.startOffset() << 32) | offset.endOffset();
                bySpan.computeIfAbsent(span, k -> new ArrayList<>())
                        .add(new Token(term.toString(), position, position + length.getPositionLength()));
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("analysing an in-memory string cannot fail", e);
        }
        List<Concept> concepts = new ArrayList<>();
        Set<List<List<String>>> seen = new LinkedHashSet<>();
        for (Map.Entry<Long, List<Token>> span : bySpan.entrySet()) {
            List<List<String>> forms = forms(span.getValue());
            String typed = text.substring((int) (span.getKey() >>> 32), (int) (span.getKey() & 0xffffffffL));
            // An emoji or symbol sets a tone; it says nothing about which guidance is wanted.
            if (typed.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            if (seen.add(forms)) {
                concepts.add(new Concept(forms, specificity(typed)));
            }
        }
        return concepts;
    }

    /**
     * Reads the alternative forms out of one span of the synonym graph: every path of tokens from
     * the span's first position to its last ("deadlift" alone, or "dead" then "lift"). Stop words
     * removed from inside a form leave a gap, which is stepped over.
     */
    private static List<List<String>> forms(List<Token> tokens) {
        int start = tokens.stream().mapToInt(Token::from).min().orElse(0);
        int end = tokens.stream().mapToInt(Token::to).max().orElse(0);
        List<List<String>> forms = new ArrayList<>();
        for (Token first : tokens) {
            if (first.from() == start) {
                extend(tokens, new ArrayList<>(List.of(first.term())), first.to(), end, forms);
            }
        }
        return forms;
    }

    private static void extend(List<Token> tokens, List<String> path, int at, int end, List<List<String>> forms) {
        int next = tokens.stream().mapToInt(Token::from).filter(f -> f >= at).min().orElse(end);
        if (at >= end || next >= end) {
            if (!forms.contains(path)) {
                forms.add(List.copyOf(path));
            }
            return;
        }
        for (Token token : tokens) {
            if (token.from() == next) {
                path.add(token.term());
                extend(tokens, path, token.to(), end, forms);
                path.remove(path.size() - 1);
            }
        }
    }

    /** The most telling word of the typed span (a span is one word or a multi-word synonym). */
    private double specificity(String typed) {
        double most = 0;
        for (String word : NOT_WORD.split(typed.toLowerCase(java.util.Locale.ROOT))) {
            if (!word.isEmpty()) {
                most = Math.max(most, rarity.specificity(word));
            }
        }
        return most == 0 ? 1.0 : most;
    }

    private static final Pattern DICTATED_PUNCTUATION = Pattern.compile(
            "\\b(?:question mark|exclamation (?:mark|point)|full stop|comma|new (?:line|paragraph))\\b", Pattern.CASE_INSENSITIVE);

    static String normalise(String message) {
        String text = message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) : message;
        text = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        return DICTATED_PUNCTUATION.matcher(text).replaceAll(m -> dictated(m.group().toLowerCase(Locale.ROOT)));
    }

    /** Voice typing sometimes spells punctuation out: "how often should i train question mark". */
    private static String dictated(String words) {
        return switch (words.charAt(0)) {
            case 'q' -> "?";
            case 'e' -> "!";
            case 'f' -> ".";
            case 'c' -> ",";
            default -> "\n";
        };
    }
}

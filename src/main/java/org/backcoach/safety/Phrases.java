package org.backcoach.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A readable list of phrases, one per line, compiled into one regular expression over normalised
 * text (see {@link TextNormalizer}). Clinicians review the lines, so they stay plain:
 * <ul>
 *   <li>{@code a .. b}: "a", then up to three other words, then "b"; the words in between are never
 *       a negation, so "pain is not sharp" does not read as "pain is .. sharp";</li>
 *   <li>{@code a ... b}: the same with up to six words in between ("chest ... squeezed" reads
 *       "my chest feels like it is being squeezed");</li>
 *   <li>{@code {name}}: a shared word list, such as {@code {legs}};</li>
 *   <li>{@code (?:x|y)}, {@code s?}, {@code [a-z]*}: ordinary regular expression pieces;</li>
 *   <li>blank lines and lines starting with {@code #} are ignored.</li>
 * </ul>
 * Every gap is bounded and no group repeats without a bound, so matching is linear in the input.
 * Public for the assistant's off-topic families, which need the same word-start shortcut.
 * Matching is only tried at word starts, and only with the phrases that can start with that word
 * (found on first use by probing the phrases that can start with its first two characters, and
 * kept on the {@link Word}), so most words cost a lookup and triage stays in microseconds. Trying the candidates one by one
 * in table order finds what the one alternation of all phrases finds at that word.
 */
public final class Phrases {

    private static final String NEGATION_WORDS = "not|no|never|dont|doesnt|didnt|isnt|wasnt|arent|werent|havent|hasnt|without";
    private static final String GAP = " (?:(?!(?:" + NEGATION_WORDS + ")\\b)[^ ]+ ){0,3}?";
    private static final String LONG_GAP = " (?:(?!(?:" + NEGATION_WORDS + ")\\b)[^ ]+ ){0,6}?";
    private static final Pattern FRAGMENT = Pattern.compile("\\{([a-z_]+)\\}");
    private static final int ASCII = 128;
    /** The characters normalised text can hold after a letter (see {@link TextNormalizer}). */
    private static final String SECOND_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789 ,";
    private static final Pattern[] NONE = new Pattern[0];
    private static final int[] NO_PHRASES = new int[0];

    /** Receives each match; returning true stops the search. */
    interface MatchTest {
        boolean test(int start, int end);
    }

    private final Pattern pattern;
    private final List<Pattern> eachPhrase;
    /**
     * By a word's first two characters (or first letter at the end of a sentence): the positions of
     * the phrases that can start there. Filled on first use, so start-up stays cheap; at most 128 x 39 entries.
     */
    private final Map<Integer, int[]> byStart = new ConcurrentHashMap<>();

    private Phrases(List<String> alternatives) {
        this.pattern = Pattern.compile(wrap(alternatives));
        this.eachPhrase = alternatives.stream().map(a -> Pattern.compile(wrap(List.of(a)))).toList();
    }

    static Phrases compile(String lines, Map<String, String> fragments) {
        List<String> alternatives = new ArrayList<>();
        for (String line : lines.split("\n")) {
            String phrase = line.strip();
            if (!phrase.isEmpty() && !phrase.startsWith("#")) {
                alternatives.add(expand(phrase, fragments).replace(" ... ", LONG_GAP).replace(" .. ", GAP));
            }
        }
        return new Phrases(alternatives);
    }

    /** Phrases without shared word lists, for matching outside triage (see {@code OffTopicQuestions}). */
    public static Phrases compile(String lines) {
        return compile(lines, Map.of());
    }

    /** Whether any phrase matches at a word start of this text (lower case, words separated by spaces). */
    public boolean foundIn(Sentence text) {
        return anyMatch(text, (start, end) -> true);
    }

    /** Tries every word start in the sentence; true as soon as {@code test} accepts a match there. */
    boolean anyMatch(String sentence, MatchTest test) {
        return anyMatch(Sentence.of(sentence), test);
    }

    /** The same, for a sentence whose words are already found (triage shares one between all rules). */
    boolean anyMatch(Sentence sentence, MatchTest test) {
        String text = sentence.text();
        for (int w = 0; w < sentence.wordCount(); w++) {
            int start = sentence.start(w);
            for (Pattern phrase : sentence.word(w).candidates(this)) {
                Matcher m = phrase.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                m.region(start, text.length());
                if (m.lookingAt()) {
                    if (test.test(m.start(), m.end())) {
                        return true;
                    }
                    break; // as in the alternation of all phrases, only the first phrase matching here counts
                }
            }
        }
        return false;
    }

    /** The phrases that can start with the word key (see {@link Word#key}), in table order. */
    Pattern[] startingWith(String key) {
        return phrasesStartingWith(key, candidatesAt(key));
    }

    private int[] candidatesAt(String key) {
        char first = key.charAt(0);
        if (first >= ASCII) {
            return NO_PHRASES; // every phrase starts with an ASCII letter or digit
        }
        char next = key.length() > 1 ? key.charAt(1) : 0;
        char second = SECOND_CHARS.indexOf(next) >= 0 ? next : 0;
        String start = second == 0 ? String.valueOf(first) : "" + first + second;
        return byStart.computeIfAbsent(first * ASCII + second, k -> phrasesStartingWith(start));
    }

    private int[] phrasesStartingWith(String start) {
        return IntStream.range(0, eachPhrase.size())
                .filter(p -> canStartWith(eachPhrase.get(p), start)).toArray();
    }

    private Pattern[] phrasesStartingWith(String start, int[] among) {
        List<Pattern> candidates = new ArrayList<>();
        for (int p : among) {
            if (canStartWith(eachPhrase.get(p), start)) {
                candidates.add(eachPhrase.get(p));
            }
        }
        return candidates.isEmpty() ? NONE : candidates.toArray(NONE);
    }

    /** The engine reads to the end of a short input only if the phrase can start with it. */
    private static boolean canStartWith(Pattern phrase, String start) {
        Matcher probe = phrase.matcher(start);
        return probe.lookingAt() || probe.hitEnd();
    }

    private static String wrap(List<String> alternatives) {
        return "\\b(?:" + String.join("|", alternatives) + ")\\b";
    }

    /** Plain left-to-right search, the reference {@link #anyMatch} must agree with (used by tests). */
    Pattern pattern() {
        return pattern;
    }

    private static String expand(String phrase, Map<String, String> fragments) {
        Matcher m = FRAGMENT.matcher(phrase);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fragment = fragments.get(m.group(1));
            if (fragment == null) {
                throw new IllegalArgumentException("unknown word list {" + m.group(1) + "} in: " + phrase);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + fragment + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package org.backcoach.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Matching is only tried at word starts, and only with the phrases that can start with that
 * word's first two characters (found by probing each phrase, on first use), so most words cost a
 * map lookup and triage stays in microseconds.
 */
final class Phrases {

    private static final String NEGATION_WORDS = "not|no|never|dont|doesnt|didnt|isnt|wasnt|arent|werent|havent|hasnt|without";
    private static final String GAP = " (?:(?!(?:" + NEGATION_WORDS + ")\\b)[^ ]+ ){0,3}?";
    private static final String LONG_GAP = " (?:(?!(?:" + NEGATION_WORDS + ")\\b)[^ ]+ ){0,6}?";
    private static final Pattern FRAGMENT = Pattern.compile("\\{([a-z_]+)\\}");
    private static final int ASCII = 128;
    /** The characters normalised text can hold after a letter (see {@link TextNormalizer}). */
    private static final String SECOND_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789 ,";

    /** Receives each match; returning true stops the search. */
    interface MatchTest {
        boolean test(int start, int end);
    }

    private final Pattern pattern;
    private final List<Pattern> eachPhrase;
    /**
     * By a word's first two characters (or first letter at the end of a sentence): only the phrases
     * that can start there. Filled on first use, so start-up stays cheap; at most 128 x 39 entries.
     */
    private final Map<Integer, Optional<Pattern>> byStart = new ConcurrentHashMap<>();

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

    /** Tries every word start in the sentence; true as soon as {@code test} accepts a match there. */
    boolean anyMatch(String sentence, MatchTest test) {
        for (int i = 0; i < sentence.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1));
            Pattern candidates = wordStart ? candidatesAt(sentence, i) : null;
            if (candidates != null) {
                Matcher m = candidates.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
                m.region(i, sentence.length());
                if (m.lookingAt() && test.test(m.start(), m.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Pattern candidatesAt(String sentence, int i) {
        char first = sentence.charAt(i);
        if (first >= ASCII) {
            return null; // every phrase starts with an ASCII letter or digit
        }
        char next = i + 1 < sentence.length() ? sentence.charAt(i + 1) : 0;
        char second = SECOND_CHARS.indexOf(next) >= 0 ? next : 0;
        String start = second == 0 ? String.valueOf(first) : "" + first + second;
        return byStart.computeIfAbsent(first * ASCII + second, k -> phrasesStartingWith(start)).orElse(null);
    }

    private Optional<Pattern> phrasesStartingWith(String start) {
        List<String> candidates = new ArrayList<>();
        for (Pattern phrase : eachPhrase) {
            // the engine reads to the end of a short input only if the phrase can start with it
            Matcher probe = phrase.matcher(start);
            if (probe.lookingAt() || probe.hitEnd()) {
                candidates.add(unwrap(phrase));
            }
        }
        return candidates.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(wrap(candidates)));
    }

    private static String wrap(List<String> alternatives) {
        return "\\b(?:" + String.join("|", alternatives) + ")\\b";
    }

    private static String unwrap(Pattern single) {
        String regex = single.pattern();
        return regex.substring("\\b(?:".length(), regex.length() - ")\\b".length());
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

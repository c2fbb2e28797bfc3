package org.backcoach.safety;

import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a readable list of phrases, one per line, into one regular expression over
 * normalised text (see {@link TextNormalizer}). Clinicians review the lines, so they stay plain:
 * <ul>
 *   <li>{@code a .. b}: "a", then up to three other words, then "b"; the words in between are never
 *       a negation, so "pain is not sharp" does not read as "pain is .. sharp";</li>
 *   <li>{@code {name}}: a shared word list, such as {@code {legs}};</li>
 *   <li>{@code (?:x|y)}, {@code s?}, {@code [a-z]*}: ordinary regular expression pieces;</li>
 *   <li>blank lines and lines starting with {@code #} are ignored.</li>
 * </ul>
 * Every gap is bounded and nothing repeats a group without a bound, so matching stays linear
 * even on a 5,000-character message.
 */
final class PhrasePattern {

    static final String NEGATION_WORDS = "not|no|never|dont|doesnt|didnt|isnt|wasnt|arent|werent|havent|hasnt|without";
    private static final String GAP = " (?:(?!(?:" + NEGATION_WORDS + ")\\b)[^ ]+ ){0,3}?";
    private static final Pattern FRAGMENT = Pattern.compile("\\{([a-z_]+)\\}");

    private PhrasePattern() {
    }

    static Pattern compile(String lines, Map<String, String> fragments) {
        StringJoiner alternatives = new StringJoiner("|", "\\b(?:", ")\\b");
        for (String line : lines.split("\n")) {
            String phrase = line.strip();
            if (!phrase.isEmpty() && !phrase.startsWith("#")) {
                alternatives.add(expand(phrase, fragments).replace(" .. ", GAP));
            }
        }
        return Pattern.compile(alternatives.toString());
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

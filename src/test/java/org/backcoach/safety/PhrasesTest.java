package org.backcoach.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    private static final Map<String, String> WORDS = Map.of("legs", "legs?|feet");

    @Test
    void gapsSkipOrdinaryWordsButNeverANegation() {
        Phrases phrases = Phrases.compile("pain .. sharp", WORDS);
        assertThat(matches(phrases, "the pain was really sharp")).isTrue();
        assertThat(matches(phrases, "the pain was not sharp")).isFalse();
        assertThat(matches(phrases, "pain one two three four sharp")).isFalse();
    }

    @Test
    void wordListsAndCommentsExpand() {
        Phrases phrases = Phrases.compile("""
                # a comment line
                numb {legs}
                """, WORDS);
        assertThat(matches(phrases, "i have numb feet")).isTrue();
        assertThat(matches(phrases, "numbness")).isFalse();
        assertThatThrownBy(() -> Phrases.compile("{nope}", WORDS)).hasMessageContaining("{nope}");
    }

    /** The word-start shortcut must find exactly what a plain search at every word start finds, to the same end. */
    @Test
    void shortcutAgreesWithAPlainSearchOnEveryCase() {
        List<String> sentences = new ArrayList<>();
        for (TriageTest.Case c : TriageTest.cases()) {
            sentences.addAll(TextNormalizer.sentences(c.message()));
        }
        for (RedFlagRule rule : RedFlagRules.ALL) {
            for (String sentence : sentences) {
                assertThat(starts(rule.symptom(), sentence)).as(rule.name() + ": " + sentence)
                        .isEqualTo(plainStarts(rule.symptom(), sentence));
            }
        }
    }

    private static boolean matches(Phrases phrases, String sentence) {
        return phrases.anyMatch(sentence, (start, end) -> true);
    }

    private static List<String> starts(Phrases phrases, String sentence) {
        List<String> starts = new ArrayList<>();
        phrases.anyMatch(sentence, (start, end) -> starts.add(start + "-" + end) && false);
        return starts;
    }

    private static List<String> plainStarts(Phrases phrases, String sentence) {
        List<String> starts = new ArrayList<>();
        Matcher m = phrases.pattern().matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < sentence.length(); i++) {
            m.region(i, sentence.length());
            if (m.lookingAt()) {
                starts.add(i + "-" + m.end());
            }
        }
        return starts;
    }
}

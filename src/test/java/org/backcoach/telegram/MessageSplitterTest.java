package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void shortTextIsOnePart() {
        assertThat(MessageSplitter.split("  Keep moving.  ", 100)).containsExactly("Keep moving.");
    }

    @Test
    void cutsAtParagraphsAndKeepsParagraphsTogether() {
        String a = "a".repeat(40);
        String b = "b".repeat(40);
        String c = "c".repeat(40);
        assertThat(MessageSplitter.split(a + "\n\n" + b + "\n\n" + c, 90)).containsExactly(a + "\n\n" + b, c);
    }

    @Test
    void aParagraphTooLongIsCutAtSentencesThenWords() {
        String sentence = "Brace your trunk before you lift. ";
        List<String> parts = MessageSplitter.split(sentence.repeat(10), 100);
        assertThat(parts).allSatisfy(p -> assertThat(Html.escapedLength(p)).isLessThanOrEqualTo(100));
        assertThat(parts).allSatisfy(p -> assertThat(p).endsWith("lift."));
        assertThat(String.join(" ", parts)).isEqualTo(sentence.repeat(10).strip());
    }

    @Test
    void measuresAfterEscapingSoEscapedPartsFitToo() {
        String text = "<&>".repeat(100); // 300 characters, 1,000 escaped
        List<String> parts = MessageSplitter.split(text, 100);
        assertThat(parts).allSatisfy(p -> assertThat(Html.escape(p).length()).isLessThanOrEqualTo(100));
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void neverCutsASurrogatePair() {
        String text = "💪".repeat(60); // 120 UTF-16 units
        List<String> parts = MessageSplitter.split(text, 51);
        assertThat(parts).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void blankTextGivesNoParts() {
        assertThat(MessageSplitter.split(" \n\n ", 100)).isEmpty();
    }
}

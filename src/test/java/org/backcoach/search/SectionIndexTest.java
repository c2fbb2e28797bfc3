package org.backcoach.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.backcoach.corpus.CorpusLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Analysis and retrieval on the shipped corpus: synonyms, typos, stemming, stop words, odd input. */
class SectionIndexTest {
    private static SectionIndex index;

    @BeforeAll
    static void build() {
        Path corpus = Path.of("corpus");
        index = SectionIndex.build(new CorpusLoader().load(corpus), AnalysisResources.load(corpus), ConfidenceRule.DEFAULT);
    }

    private static String best(String question) {
        return index.accepted(index.search(question)).map(m -> m.section().id()).orElse("fallback");
    }

    /** What the user is shown: the best section and, when the question sits between two, the runner-up. */
    private static List<String> shown(String question) {
        List<Match> matches = index.search(question);
        List<String> ids = new java.util.ArrayList<>();
        index.accepted(matches).ifPresent(m -> ids.add(m.section().id()));
        index.closeRunnerUp(matches).ifPresent(m -> ids.add(m.section().id()));
        return ids;
    }

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            do my glutes matter for back pain?          | core-muscles
            should i work my abs                        | core-muscles
            are rdls ok with a bad back                 | avoid-abrupt-moves
            what about power cleans                     | avoid-abrupt-moves
            can i use a theraband at home               | training-at-home
            icing after the gym, yes or no              | ice-after-workout
            how many reps should i do                   | lighter-weights-more-reps
            do i need to warm up first                  | warm-up-and-stretch
            my back is acting up, keep training?        | flare-ups
            how many days a week should i lift          | how-often-and-how-long
            who is strength training not good for       | who-should-not-lift
            should i check with someone before i start  | who-should-not-lift
            """)
    void domainSynonymsBridgeHowPeopleTalkAndHowTheArticleWrites(String question, String section) {
        assertThat(best(question)).isEqualTo(section);
    }

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            deadlfits with a dodgy back, yes or no?     | avoid-abrupt-moves
            how often shuold i excercise                | how-often-and-how-long
            do hamstrngs matter                         | core-muscles
            shoud i strech afterwards                   | warm-up-and-stretch
            """)
    void commonTyposAreTolerated(String question, String section) {
        assertThat(shown(question)).contains(section);
    }

    @Test
    void realWordsAreNotTakenForTypos() {
        // "bread" is one edit from "break" (a flare-up word) but is a word in its own right.
        assertThat(best("how do i make banana bread")).isEqualTo("fallback");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "AND (", "*", "~", "title:ice OR text:*", "\\", "+-&&||!(){}[]^\"~*?:/",
        "\uD83D\uDCAA\uD83D\uDCAA\uD83D\uDCAA", "", "   "})
    void anyTextIsSafeToSearch(String text) {
        List<Match> matches = index.search(text);
        assertThat(index.accepted(matches)).isEmpty();
    }

    @Test
    void queryOperatorsAreJustWords() {
        assertThat(best("ice AND (after OR workout)")).isEqualTo("ice-after-workout");
    }

    @Test
    void veryLongTextIsCutNotRejected() {
        String question = "is ice good after a workout? " + "blah ".repeat(2000);
        assertThat(question.length()).isGreaterThan(5000);
        assertThat(index.search(question)).isNotEmpty();
    }

    @Test
    void aQuestionOnlyOfFillerWordsMatchesNothing() {
        assertThat(index.search("what should i do about this?")).isEmpty();
    }

    @Test
    void aLifeStoryBeforeTheQuestionDoesNotDrownIt() {
        String story = "Quick background: delivery driver, three kids, allotment on weekends, shoulders wrecked from rugby. ";
        assertThat(best(story + "How many times a week should I lift?")).isEqualTo("how-often-and-how-long");
        assertThat(best(story + "Recommend me a good pizza place?")).isEqualTo("fallback");
    }

    @Test
    void punctuationSpokenIntoVoiceTypingReadsAsPunctuation() {
        assertThat(best("voice message how many sessions a week would i need for my back question mark thanks"))
                .isEqualTo(best("voice message how many sessions a week would i need for my back? thanks"))
                .isEqualTo("how-often-and-how-long");
    }

    @Test
    void aLifeStoryTypedAllInLowerCaseWithoutAQuestionMarkDoesNotDrownItEither() {
        String story = "quick background: delivery driver, three kids, allotment on weekends, shoulders wrecked from rugby, "
                + "sit at a laptop all evening. the lads at work say every day. ";
        assertThat(best(story + "how many times a week should i lift")).isEqualTo("how-often-and-how-long");
        assertThat(best(story + "recommend me a good pizza place")).isEqualTo("fallback");
    }

    @Test
    void aQuestionAskedInTheMiddleOfAStoryIsFoundThoughAVaguerOneEndsIt() {
        String message = "hello from mexico!! i am 35 and work as a waiter, my lower back hurts after long shifts sometimes, "
                + "the trays are heavy and the kitchen is hot. i want to do strength training but how many times in the week? "
                + "my friend goes every single day but he is crazy for the gym haha. what is the recommendation for me?";
        assertThat(best(message)).isEqualTo("how-often-and-how-long");
    }

    @Test
    void aQuestionTheClassifierKnowsIsAnsweredThoughItSharesNoneOrTheWrongWordsOfItsSection() {
        // "steer clear" is a synonym of "avoid", the word of the tip on abrupt moves
        assertThat(best("anybody who should steer clear of this?")).isEqualTo("who-should-not-lift");
        assertThat(best("anyone who should avoid weights altogether?")).isEqualTo("who-should-not-lift");
        assertThat(best("can i just start or does someone need to say its ok")).isEqualTo("who-should-not-lift");
        // vague, and as often asked about things we do not cover
        assertThat(best("how much is enough")).isEqualTo("fallback");
    }

    @Test
    void aStoryTheClassifierKnowsIsAnsweredThoughItsLastQuestionAloneReadsAsNotOurs() {
        // "how do i know what is too much?" alone could be about anything; the story says it is about soreness
        assertThat(best("Hello. I am 63 and new to exercise. My physiotherapist says some discomfort is fine. "
                + "How do I know what is too much?")).isEqualTo("soreness-vs-sharp-pain");
    }

    @Test
    void aQuestionMadeOfOurVocabularyIsAnsweredEvenWhenItSpansSections() {
        assertThat(best("do i warm up even for light band work")).isNotEqualTo("fallback");
        assertThat(best("what pizza should i eat after a warm up")).isEqualTo("fallback");
    }
}

package org.backcoach.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backcoach.corpus.Corpus;
import org.backcoach.corpus.CorpusLoader;
import org.backcoach.corpus.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long section is answered with its best passage, in the corpus's own words. */
class PassageTest {
    private static final String LONG_TEXT = String.join(" ",
            "Walking every day keeps the spine moving and is easy to fit around work.",
            "Swimming takes the load off the joints while the muscles still work against the water.",
            "Cycling on a stationary bike is gentle on the back if the saddle is set at the right height.",
            "Rowing machines train the legs, the back and the arms together in one smooth movement.",
            "Dancing classes add rhythm and balance, and many people find them more fun than the gym.",
            "Gardening counts too: digging and carrying are real strength work when done with care.",
            "Stairs at home or at work are a free way to build leg strength a few minutes at a time.",
            "Playing with children in the park mixes bending, lifting and running in short bursts.",
            "Yoga and tai chi classes combine slow movement, breathing and balance for all ages.");

    @TempDir
    Path dir;

    @Test
    void aLongSectionIsAnsweredWithThePassageAboutTheQuestion() throws IOException {
        SectionIndex index = indexOf(LONG_TEXT);
        Section section = index.search("is a stationary bike ok").get(0).section();
        String passage = index.passageFor(section, "is a stationary bike ok");
        assertThat(LONG_TEXT).hasSizeGreaterThan(700);
        assertThat(passage).contains("Cycling on a stationary bike").hasSizeLessThan(500);
        assertThat(LONG_TEXT).contains(passage);
    }

    @Test
    void aShortSectionIsAnsweredWhole() throws IOException {
        String text = "Warm up for a few minutes before exercising, and don't forget to stretch afterward too.";
        SectionIndex index = indexOf(text);
        Section section = index.search("warm up").get(0).section();
        assertThat(index.passageFor(section, "warm up")).isEqualTo(text);
    }

    private SectionIndex indexOf(String text) throws IOException {
        Files.writeString(dir.resolve("doc.json"), "{\"id\": \"doc\", \"title\": \"T\", \"source\": \"S\", \"sections\": ["
                + "{\"id\": \"long\", \"title\": \"Everyday activity\", \"text\": \"" + text + "\"}]}");
        Files.writeString(dir.resolve(AnalysisResources.SYNONYMS_FILE), "bike, cycling\n");
        Files.writeString(dir.resolve(AnalysisResources.STOPWORDS_FILE), "is\na\nok\n");
        Files.writeString(dir.resolve(AnalysisResources.NOT_COVERED_FILE), "# none\n");
        Corpus corpus = new CorpusLoader().load(dir);
        return SectionIndex.build(corpus, AnalysisResources.load(dir), ConfidenceRule.DEFAULT);
    }
}

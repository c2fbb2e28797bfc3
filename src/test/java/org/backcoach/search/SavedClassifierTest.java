package org.backcoach.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backcoach.corpus.Corpus;
import org.backcoach.corpus.CorpusLoader;
import org.backcoach.corpus.Section;
import org.junit.jupiter.api.Test;

/**
 * The section classifier the build saves: start-up reads it for the shipped corpus (seconds
 * faster), and an edited corpus never meets a model trained on another one.
 */
class SavedClassifierTest {
    private static final Path CORPUS = Path.of("corpus");

    @Test
    void theShippedCorpusUsesTheModelTheBuildSaved() {
        try (SectionIndex index = SectionIndex.build(new CorpusLoader().load(CORPUS), AnalysisResources.load(CORPUS),
                ConfidenceRule.DEFAULT)) {
            assertThat(index.classifierWasSaved()).as("run `mvn process-classes` after editing the corpus").isTrue();
            assertThat(index.accepted(index.search("should i ice my back after the gym")))
                    .map(m -> m.section().id()).contains("ice-after-workout");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anEditedCorpusTrainsItsOwnClassifierAndStillAnswers() throws Exception {
        Corpus shipped = new CorpusLoader().load(CORPUS);
        List<Section> edited = new ArrayList<>();
        for (Section s : shipped.sections()) {
            List<String> questions = new ArrayList<>(s.questions());
            if (s.id().equals("ice-after-workout")) {
                questions.add("is a cold pack a good idea after training");
            }
            edited.add(new Section(s.id(), s.title(), s.text(), questions, s.tags(), s.references(), s.document()));
        }
        try (SectionIndex index = SectionIndex.build(new Corpus(edited), AnalysisResources.load(CORPUS), ConfidenceRule.DEFAULT)) {
            assertThat(index.classifierWasSaved()).isFalse();
            assertThat(index.accepted(index.search("should i ice my back after the gym")))
                    .map(m -> m.section().id()).contains("ice-after-workout");
        }
    }

    @Test
    void aBrokenAskedQuestionsLineNamesItsLine() {
        assertThatThrownBy(() -> AskedQuestions.parse(List.of("# comment", "core-muscles\tdo abs matter", "no tab here")))
                .hasMessageContaining("line 3");
        assertThat(AskedQuestions.parse(List.of("-\tbest pizza in town", "core-muscles,flare-ups\tabs during a flare?")))
                .extracting(AskedQuestions.Asked::sectionIds)
                .containsExactly(List.of(), List.of("core-muscles", "flare-ups"));
    }
}

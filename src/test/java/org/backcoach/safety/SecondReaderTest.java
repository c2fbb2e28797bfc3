package org.backcoach.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The triage's second reader, judged on messages it never trained on (it learns from the triage
 * table and the corpus's sample questions; the evaluation sets are not among them).
 */
class SecondReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Triage triage;
    private static SecondReader reader;

    @BeforeAll
    static void train() {
        triage = ProductTriage.load();
        reader = SecondReader.train(ProductTriage.sampleQuestions());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            emergency | since tuesday i go to the loo and nothing, my back is in bits
            emergency | the bum area feels like a sponge and my back is in agony
            emergency | my legs are like lead and they drag since this morning with the back pain
            urgent    | back pain plus im sweating buckets and shaking like a leaf
            """)
    void escalatesRedFlagsNoRuleIsWordedFor(String level, String message) {
        assertThat(Triage.rulesOnly().assess(message)).as("a rule now covers this; pick wording none does").isEmpty();
        Optional<Escalation> escalation = triage.assess(message);
        assertThat(escalation).map(e -> e.level().wireName()).contains(level);
        assertThat(escalation).map(Escalation::rule).contains(Triage.SECOND_READER);
    }

    /** Start-up reads the model the build saved (pom.xml, process-classes) instead of training: it must read messages exactly as training would. */
    @Test
    void theModelTheBuildSavedReadsMessagesAsAFreshlyTrainedOne() {
        List<String> questions = ProductTriage.sampleQuestions();
        List<SecondReader.Example> training = SecondReader.trainingExamples();
        Optional<SecondReader> saved = SecondReader.saved(training, questions);
        assertThat(saved).as("target/classes/safety/second-reader.model, written by the build").isPresent();
        SecondReader fresh = SecondReader.train(training, questions, SecondReader.DEFAULT_COST, SecondReader.DEFAULT_THRESHOLD);
        List<SecondReader.Example> examples = SecondReader.labelled();
        for (int i = 0; i < examples.size(); i += 7) {
            List<String> sentences = TextNormalizer.sentences(examples.get(i).message());
            assertThat(saved.get().read(sentences)).as(examples.get(i).message()).isEqualTo(fresh.read(sentences));
        }
        assertThat(SecondReader.saved(training, List.of("a corpus edited since the build"))).as("other training data, other model").isEmpty();
    }

    /** The reader speaks only when a message touches what a red flag is about; plain soreness is not. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my back has been sore on and off for years, is it too risky to start lifting at 50 with that history",
        "back flared up this week before my meet, push through or back off?",
        "what stretch is good for low back pain",
        "i have back pain and want to max out on bench, thoughts",
        "my coach has me deadlifting every week and i dread it, ok for my back given its sore on and off"})
    void ordinarySorenessIsNeverReadAsARedFlag(String message) {
        assertThat(triage.assess(message)).as(message).isEmpty();
    }

    @Test
    void neverLowersOrRemovesARuleVerdict() {
        Triage rules = Triage.rulesOnly();
        for (SecondReader.Example example : SecondReader.table()) {
            Optional<Escalation> byRule = rules.assess(example.message());
            if (byRule.isPresent()) {
                Escalation given = triage.assess(example.message()).orElseThrow();
                if (!given.equals(byRule.get())) {
                    // EscalationLevel lists the most severe first
                    assertThat(given.level()).as(example.message()).isLessThan(byRule.get().level());
                    assertThat(given.rule()).isEqualTo(Triage.SECOND_READER);
                }
            }
        }
    }

    /** "my back went" reads to the rules as a pop while lifting; what follows it is an emergency no rule words. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            emergency | had to put on a pad today bc i keep dribbling since my back went, is this a pelvic floor thing i can train?
            emergency | my partner says her bits have gone numb since her back went during spin class. she wants to keep doing her strength plan
            """)
    void raisesARuleVerdictWhenAllButSureItIsTooLow(String level, String message) {
        Escalation byRule = Triage.rulesOnly().assess(message).orElseThrow();
        Escalation given = triage.assess(message).orElseThrow();
        assertThat(byRule.level().wireName()).as("a rule now gives the right level; pick wording none does").isNotEqualTo(level);
        assertThat(given.level().wireName()).isEqualTo(level);
        assertThat(given.rule()).isEqualTo(Triage.SECOND_READER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval", "holdout", "dev8"})
    void escalatesNoOrdinaryMessageOfASetItNeverSaw(String set) {
        List<String> ordinary = new ArrayList<>();
        Stream.of("benign", "questions", "offtopic").forEach(kind -> messages(set, kind).forEach(m -> ordinary.add(m.get("q").asText())));
        long escalated = ordinary.stream().filter(m -> reader.read(TextNormalizer.sentences(m)).isPresent()).count();
        System.out.printf("second reader alone, %s: %d of %d ordinary messages escalated%n", set, escalated, ordinary.size());
        assertThat(escalated).isLessThanOrEqualTo(ordinary.size() / 100);
    }

    @Test
    void readsMostRedFlagsOfABlindWrittenSetOnItsOwn() {
        List<JsonNode> redFlags = messages("dev8", "redflags");
        int escalated = 0;
        int rightLevel = 0;
        for (JsonNode m : redFlags) {
            Optional<EscalationLevel> level = reader.read(TextNormalizer.sentences(m.get("q").asText()));
            if (level.isPresent()) {
                escalated++;
                rightLevel += level.get().wireName().equals(m.get("level").asText()) ? 1 : 0;
            }
        }
        System.out.printf("second reader alone, dev8: %d of %d red flags escalated, %d at the right level%n",
                escalated, redFlags.size(), rightLevel);
        assertThat(escalated).isGreaterThanOrEqualTo(redFlags.size() * 8 / 10);
        assertThat(rightLevel).isGreaterThanOrEqualTo(escalated * 95 / 100);
    }

    @Test
    void trainsTheSameReaderEveryTime() {
        SecondReader again = SecondReader.train(ProductTriage.sampleQuestions());
        for (JsonNode m : messages("dev8", "redflags")) {
            List<String> sentences = TextNormalizer.sentences(m.get("q").asText());
            assertThat(again.read(sentences)).isEqualTo(reader.read(sentences));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\uD83D\uDE00\uD83D\uDE00", "AND ( * ~ \" '", "a"})
    void readsAnyTextWithoutFailing(String message) {
        assertThatCode(() -> triage.assess(message)).doesNotThrowAnyException();
        assertThatCode(() -> triage.assess("back ".repeat(1000))).doesNotThrowAnyException();
    }

    private static List<JsonNode> messages(String set, String kind) {
        String resource = "/" + set + "/" + kind + ".jsonl";
        try (InputStream in = SecondReaderTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            List<JsonNode> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}

package org.backcoach.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backcoach.assistant.SetJudge.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quality of the whole reply path on messages written the way people type, judged as users meet
 * it: an in-scope question is right when the reply is an answer containing one of the article's
 * phrases; red flags must escalate (at the right level); benign messages must not; off-topic text
 * gets the fallback. Prints every figure; asserts the floors we have reached so that a change
 * that makes answers worse fails the build.
 *
 * <p>{@code eval/} was written for tuning; {@code holdout/} was written separately, later; {@code dev2/}
 * was written in session 2 by a writer who saw only the article (its misses were then studied, so it
 * is a tuning set now); {@code dev3/} holds red flags and benign messages written the same way; {@code dev4/} in-scope and
 * off-topic questions in the style of the shared sample questions. {@code dev5}, {@code dev6} and {@code dev7} were written blind in session 3 (dev6 by older and non-native
 * writers and carers, dev7 by young lifters) and tuned on afterwards; {@code dev8} (lifters, nurses, sceptics, long stories;
 * near-domain off-topic text) and {@code dev11} (in-scope and off-topic; its red flags and benign messages train the triage's
 * second reader) were written blind in session 4; {@code dev14} to {@code dev20} (in-scope and off-topic; their red flags and
 * benign messages train the second reader) were written blind in session 5: carers and lifters, non-native and phone typing,
 * off-topic near misses, many countries, long stories after a doctor's visit; {@code dev21} to {@code dev24} in session 6
 * (everyday off-topic text, non-native beginners, very short messages and gym slang, carers) and {@code dev25} to
 * {@code dev28} (red-flag heavy, older adults, athletes, everyday beginners), {@code dev29} and {@code dev30} (red flags
 * played down in long stories; short messages from everyone), {@code dev31} and {@code dev32} (benign-heavy: long
 * alarming-sounding stories, red-flag words used harmlessly); {@code dev34} to {@code dev37} in session 7 (training questions
 * inside personal stories, non-native and vague follow-ups, older adults and carers, gym slang and beginners) and {@code dev42},
 * {@code dev43} (in-scope and off-topic only: vague follow-ups, doctor-first and home questions, near misses), {@code dev54}
 * (everyone, two questions at once); {@code dev59} to {@code dev65} in session 8 (indirect questions, long non-native
 * stories, gym slang and near misses, older adults and carers; hard red flags, off-topic near misses, many countries); {@code dev72}, {@code dev73}, {@code dev75} to {@code dev77},
 * {@code dev80}, {@code dev81} in session 9 (plain everyday words, very short, gym slang and near misses, long rambling
 * stories, anxious beginners, off-topic questions inside back stories, non-native phone typing;
 * dev76's long stories measured 85% in-scope and 78% off-topic when added); {@code dev84} to {@code dev93} in session 10
 * (everyone, long non-native stories, gym slang and very short, carers, anxious beginners, plain words and phone typing,
 * the hardest cases, plain everyday words, long rambling stories, vague questions; dev91 and dev92 measured 87.5% and 91.5%
 * in-scope, dev92 86% off-topic, when added), and {@code dev94} to {@code dev99} (everyone, non-native phone typing, very
 * short, carers and family, long rambling stories in plain words, gym slang; dev98 measured 88.7% in-scope and 87.5% off-topic
 * when added); {@code dev100} to {@code dev103} (everyone, plain everyday words, older adults and carers in a second
 * language, long stories from the gym; 96.5% in-scope and 95.9% off-topic together when added); {@code dev106} to
 * {@code dev115} in session 11 (plain everyday words, long rambling stories and off-topic questions inside them, very
 * short, everyone, non-native phone typing, older adults and carers, gym slang and anxious beginners; 96.4% in-scope and
 * 95.5% off-topic together when added, dev107's long off-topic stories 83.3%), and {@code dev116} to {@code dev118}
 * (red-flag heavy, with 60 questions and 30 off-topic messages each; 98.9% and 100% when added); {@code dev122} to
 * {@code dev129} in session 12 (long rambling stories, plain everyday words, red flags told indirectly, non-native phone
 * typing, older adults and carers, gym slang, everyone in short messages, anxious beginners; 97.7% in-scope and 96.4%
 * off-topic together when added), and {@code dev130} to {@code dev137} (red-flag heavy, 60 questions and 30 off-topic
 * messages each: everyone, non-native, carers, gym slang, long stories, very short, euphemisms, plain words; 97.5% and
 * 97.1% when added), and {@code dev138} to {@code dev145} (red-flag heavy again: second-language English, red flags in
 * passing, urgent flags told casually, emergencies in slang, stop moments in lifter talk, carers, very short, long
 * over-explaining; 97.1% and 98.8% when added, dev145's long messages 85%); {@code dev146} to {@code dev169} in session 13
 * (red-flag heavy, 60 questions and 30 off-topic messages each, the usual eight emphases plus warning signs played down,
 * writing about someone else, euphemisms, sport injuries; 98.6% in-scope and 99.2% off-topic together when added;
 * dev166 to dev169 have 30 questions and 15 off-topic messages each, all answered right when added); {@code dev170} to
 * {@code dev177} in session 14 (red-flag heavy, 60 questions and 30 off-topic messages each: non-native and very short,
 * plain words and carers, very short gym slang, long stories from anxious beginners, everyone, older adults, second-language
 * English, sport and manual work; 98.1% in-scope and 98.3% off-topic together when added), {@code dev178} (very short) and
 * {@code dev179} (plain words; 99.2% and 98.3% together when added), {@code dev180}, {@code dev181} and {@code dev183} (red flags
 * only, with 30 questions and 15 off-topic messages each: telegraphic carers, second-language English, plain words from
 * older adults; 97.8% and 95.6% together when added), and in session 15 {@code dev182} (long alarming stories, 60 questions
 * and 30 off-topic messages; 96.7% and 100% when added), {@code dev184} (writing about someone else; 100% and 96.7%) and
 * {@code dev188} (plain words, 150 questions and 60 off-topic messages; 96.0% and 98.3%), and in session 16 the six sets
 * written late in session 15: {@code dev185} (checklists and negations), {@code dev186} (second-language English), {@code dev187}
 * (gym stop moments), {@code dev190} (anxious beginners after a doctor) and {@code dev191} (very short), 60 questions and 30
 * off-topic messages each (99.2% and 100% together when added), and {@code dev189} (long rambling, 150 questions and 60
 * off-topic messages; 91.3% and 91.7%); {@code dev193} (plain words, 150 questions and 60 off-topic messages; 96.0% and
 * 96.7%), written this session, with {@code dev192} (long rambling, benign-heavy), {@code dev194} (second-language English),
 * {@code dev195} (everyone, understated), {@code dev196} (very short), {@code dev197} (gym and sport slang), {@code dev198}
 * (older adults and carers) and {@code dev199} (plain roundabout words), red-flag heavy with 60 questions and 30 off-topic
 * messages each (96.9% and 98.1% together when added), and {@code dev200} to {@code dev203} (a clinician's visit retold,
 * everyone, second-language English, long rambling; 95.8% and 99.2% together when added), and in session 17 {@code dev204} to
 * {@code dev216} but {@code dev212} (carers, a red flag in passing, second-language English, very short, plain words, gym and
 * sport, older adults, understated, long with the red flag buried, young people texting, manual workers and parents, red
 * flags told indirectly; red-flag heavy, 60 questions and 30 off-topic messages each) with {@code dev212} (question-heavy,
 * 150 and 60; all thirteen 97.8% and 99.3% together when added), and in session 18 {@code dev217} to {@code dev225} (red flags
 * across sentences, carers, sport and outdoor accidents, long stories, very short, gym slang, older adults, anxious and hedged;
 * 60 questions and 30 off-topic messages each) with {@code dev219} (question-heavy with alarming words used harmlessly, 150 and
 * 60; all nine 98.9% and 97.7% together when added), {@code dev226} (second-language English; 96.7% and 96.7%) and {@code dev227} (red flags in passing; 98.3% and 96.7%), session 19's {@code dev230} (very short; 100% and 100%) and {@code dev231} (red flags played down; 98.3% and 100%), and (folded in at session 20's start) {@code dev228} (plain words; 96.7% and 96.7%) and {@code dev229} (gym slang; 98.3% and 96.7%), and session 20's {@code dev234} (embarrassed or joking red flags, 30 questions and 15 off-topic messages; 96.7% and 100%) {@code dev233} (carers' and older adults' long stories, the same sizes; 100% and 100%) and {@code dev232} (second-language English and phone typing; 96.7% and 100%), and session 21's {@code dev235} (very short, 30 questions and 30 off-topic messages; 100% and 100%), {@code dev236} (second-language English, the same sizes; 100% and 96.7%) and {@code dev237} (long rambling with near-miss off-topic messages, 60 and 90; 96.7% and 94.4%), {@code dev238} (gym slang, mostly benign; 15 and 15; 100% and 100%) and {@code dev239} (older adults and carers, mostly benign, the same sizes; 100% and 100%), and session 22's {@code dev240} (long rambling, off-topic near misses told as long stories, 30 and 60; 93.3% and 90.0% at first sight), {@code dev241} (second-language English and phone typing, 15 and 30; 93.3% and 100%) {@code dev242} (beginners after a doctor's visit in plain words, 40 and 40; 95.0% and 100%), {@code dev243} (long rambling, 40 and 40; 97.5% and 92.5%) and {@code dev244} (everyone, 40 and 40; 100% and 100%), and session 23's {@code dev245} (long rambling, off-topic long stories, 40 and 40; 92.5% and 92.5% at first sight), {@code dev246} (older adults and carers, long stories; 95.0% and 100%), {@code dev247} (second-language English and phone typing; 95.0% and 100%) {@code dev248} (everyone, near-miss off-topic; 100% and 97.5%), {@code dev249} (long rambling, long benign stories of old alarms; 97.5% and 97.5%) and {@code dev250} (gym regulars; 100% and 97.5%). A set's floor sits a little under what it measured when it
 * was added, before the section classifier learnt from it: every set here is also among its asked questions
 * ({@code AskedQuestionsTest} measures sets it did not learn from).
 */
class AnswerQualityTest {
    /** The least share of in-scope questions answered right, per set. */
    private static final Map<String, Double> IN_SCOPE_FLOOR = Map.ofEntries(Map.entry("eval", 0.97), Map.entry("holdout", 0.95),
            Map.entry("dev2", 0.91), Map.entry("dev4", 0.94), Map.entry("dev5", 0.96), Map.entry("dev6", 0.93), Map.entry("dev8", 0.88),
            Map.entry("dev11", 0.90), Map.entry("dev14", 0.92), Map.entry("dev15", 0.92), Map.entry("dev16", 0.95),
            Map.entry("dev17", 0.88), Map.entry("dev18", 0.92), Map.entry("dev19", 0.89), Map.entry("dev20", 0.95),
            Map.entry("dev21", 0.92), Map.entry("dev22", 0.90), Map.entry("dev23", 0.93), Map.entry("dev24", 0.94),
            Map.entry("dev25", 0.95), Map.entry("dev26", 0.93), Map.entry("dev27", 0.94), Map.entry("dev28", 0.93),
            Map.entry("dev29", 0.95), Map.entry("dev30", 0.92), Map.entry("dev31", 0.86), Map.entry("dev32", 0.91),
            Map.entry("dev34", 0.92), Map.entry("dev35", 0.92), Map.entry("dev36", 0.91), Map.entry("dev37", 0.94),
            Map.entry("dev42", 0.89), Map.entry("dev43", 0.92), Map.entry("dev54", 0.93),
            Map.entry("dev59", 0.90), Map.entry("dev60", 0.86), Map.entry("dev61", 0.95), Map.entry("dev62", 0.93),
            Map.entry("dev63", 0.95), Map.entry("dev64", 0.94), Map.entry("dev65", 0.93),
            Map.entry("dev72", 0.93), Map.entry("dev73", 0.95), Map.entry("dev75", 0.96), Map.entry("dev76", 0.83), Map.entry("dev77", 0.95),
            Map.entry("dev80", 0.94), Map.entry("dev81", 0.96),
            Map.entry("dev84", 0.98), Map.entry("dev85", 0.90), Map.entry("dev86", 0.93), Map.entry("dev87", 0.96), Map.entry("dev88", 0.96),
            Map.entry("dev89", 0.95), Map.entry("dev90", 0.96), Map.entry("dev91", 0.86), Map.entry("dev92", 0.90), Map.entry("dev93", 0.95),
            Map.entry("dev94", 0.96), Map.entry("dev95", 0.95), Map.entry("dev96", 0.96), Map.entry("dev97", 0.93), Map.entry("dev98", 0.87),
            Map.entry("dev99", 0.98), Map.entry("dev100", 0.95), Map.entry("dev101", 0.91), Map.entry("dev102", 0.98), Map.entry("dev103", 0.94),
            Map.entry("dev106", 0.94), Map.entry("dev107", 0.93), Map.entry("dev108", 0.93), Map.entry("dev109", 0.97), Map.entry("dev110", 0.92),
            Map.entry("dev111", 0.93), Map.entry("dev112", 0.96), Map.entry("dev113", 0.95), Map.entry("dev114", 0.96), Map.entry("dev115", 0.96),
            Map.entry("dev116", 0.96), Map.entry("dev117", 0.95), Map.entry("dev118", 0.95),
            Map.entry("dev122", 0.96), Map.entry("dev123", 0.94), Map.entry("dev124", 0.98), Map.entry("dev125", 0.98),
            Map.entry("dev126", 0.95), Map.entry("dev127", 0.96), Map.entry("dev128", 0.99), Map.entry("dev129", 0.95),
            Map.entry("dev130", 0.98), Map.entry("dev131", 0.96), Map.entry("dev132", 0.96), Map.entry("dev133", 0.96),
            Map.entry("dev134", 0.95), Map.entry("dev135", 0.95), Map.entry("dev136", 0.96), Map.entry("dev137", 0.91),
            Map.entry("dev138", 0.96), Map.entry("dev139", 0.98), Map.entry("dev140", 0.98), Map.entry("dev141", 0.96),
            Map.entry("dev142", 0.95), Map.entry("dev143", 0.96), Map.entry("dev144", 0.98), Map.entry("dev145", 0.83),
            Map.entry("dev146", 0.95), Map.entry("dev147", 0.98), Map.entry("dev148", 0.95), Map.entry("dev149", 0.95),
            Map.entry("dev150", 0.95), Map.entry("dev151", 0.93), Map.entry("dev152", 0.98), Map.entry("dev153", 0.96),
            Map.entry("dev154", 0.98), Map.entry("dev155", 0.98), Map.entry("dev156", 0.98), Map.entry("dev157", 0.95),
            Map.entry("dev158", 0.93), Map.entry("dev159", 0.95), Map.entry("dev160", 0.98), Map.entry("dev161", 0.95),
            Map.entry("dev162", 0.96), Map.entry("dev163", 0.98), Map.entry("dev164", 0.98), Map.entry("dev165", 0.96),
            Map.entry("dev166", 0.98), Map.entry("dev167", 0.98), Map.entry("dev168", 0.98), Map.entry("dev169", 0.98),
            Map.entry("dev170", 0.98), Map.entry("dev171", 0.93), Map.entry("dev172", 0.96), Map.entry("dev173", 0.95),
            Map.entry("dev174", 0.96), Map.entry("dev175", 0.96), Map.entry("dev176", 0.98), Map.entry("dev177", 0.96),
            Map.entry("dev178", 0.98), Map.entry("dev179", 0.96), Map.entry("dev180", 0.93), Map.entry("dev181", 0.96),
            Map.entry("dev183", 0.93), Map.entry("dev184", 0.98), Map.entry("dev182", 0.95), Map.entry("dev188", 0.94),
            Map.entry("dev185", 0.98), Map.entry("dev186", 0.95), Map.entry("dev187", 0.98), Map.entry("dev189", 0.89), Map.entry("dev190", 0.96), Map.entry("dev191", 0.98), Map.entry("dev193", 0.94),
            Map.entry("dev192", 0.91), Map.entry("dev194", 0.91), Map.entry("dev195", 0.95), Map.entry("dev196", 0.98), Map.entry("dev197", 0.96), Map.entry("dev198", 0.95), Map.entry("dev199", 0.98),
            Map.entry("dev200", 0.95), Map.entry("dev201", 0.93), Map.entry("dev202", 0.95), Map.entry("dev203", 0.93), Map.entry("dev204", 0.95), Map.entry("dev205", 0.93), Map.entry("dev206", 0.98), Map.entry("dev207", 0.96), Map.entry("dev208", 0.98), Map.entry("dev210", 0.96), Map.entry("dev211", 0.93), Map.entry("dev212", 0.98), Map.entry("dev209", 0.95), Map.entry("dev214", 0.93), Map.entry("dev213", 0.96), Map.entry("dev215", 0.95), Map.entry("dev216", 0.98), Map.entry("dev217", 0.95), Map.entry("dev218", 0.95), Map.entry("dev220", 0.95), Map.entry("dev221", 0.95), Map.entry("dev222", 0.95), Map.entry("dev223", 0.95), Map.entry("dev224", 0.95), Map.entry("dev225", 0.95), Map.entry("dev219", 0.97), Map.entry("dev227", 0.95), Map.entry("dev226", 0.95), Map.entry("dev230", 0.97), Map.entry("dev231", 0.95), Map.entry("dev228", 0.95), Map.entry("dev229", 0.95), Map.entry("dev234", 0.95), Map.entry("dev233", 0.97), Map.entry("dev232", 0.95), Map.entry("dev235", 0.95), Map.entry("dev236", 0.95), Map.entry("dev237", 0.95), Map.entry("dev238", 0.93), Map.entry("dev239", 0.93), Map.entry("dev240", 0.95), Map.entry("dev241", 0.93), Map.entry("dev242", 0.95), Map.entry("dev243", 0.95), Map.entry("dev244", 0.95), Map.entry("dev245", 0.93), Map.entry("dev246", 0.95), Map.entry("dev247", 0.93), Map.entry("dev248", 0.97), Map.entry("dev249", 0.95), Map.entry("dev250", 0.97));
    /**
     * The least share of off-topic messages declined: 95% for the older sets; session 5's sets were written with near
     * misses on purpose (programmes, lift technique, shopping, other conditions) and measured 85 to 95% when added.
     */
    private static final Map<String, Double> OFF_TOPIC_FLOOR = Map.ofEntries(Map.entry("dev14", 0.90), Map.entry("dev15", 0.91),
            Map.entry("dev31", 0.90),
            Map.entry("dev16", 0.83), Map.entry("dev17", 0.89), Map.entry("dev18", 0.90), Map.entry("dev19", 0.85), Map.entry("dev20", 0.85),
            Map.entry("dev24", 0.90), Map.entry("dev60", 0.88), Map.entry("dev61", 0.86), Map.entry("dev62", 0.92),
            Map.entry("dev64", 0.94), Map.entry("dev65", 0.92), Map.entry("dev73", 0.91), Map.entry("dev75", 0.92), Map.entry("dev76", 0.76),
            Map.entry("dev85", 0.93), Map.entry("dev91", 0.92), Map.entry("dev92", 0.84), Map.entry("dev93", 0.97),
            Map.entry("dev95", 0.88), Map.entry("dev97", 0.94), Map.entry("dev98", 0.85), Map.entry("dev101", 0.94), Map.entry("dev103", 0.89),
            Map.entry("dev107", 0.81), Map.entry("dev108", 0.93), Map.entry("dev112", 0.93), Map.entry("dev113", 0.93), Map.entry("dev115", 0.93),
            Map.entry("dev122", 0.93), Map.entry("dev123", 0.93), Map.entry("dev125", 0.93), Map.entry("dev126", 0.93), Map.entry("dev127", 0.93),
            Map.entry("dev130", 0.93), Map.entry("dev133", 0.93), Map.entry("dev134", 0.93), Map.entry("dev135", 0.86), Map.entry("dev136", 0.93),
            Map.entry("dev140", 0.91), Map.entry("dev145", 0.93), Map.entry("dev171", 0.93), Map.entry("dev172", 0.93), Map.entry("dev173", 0.93),
            Map.entry("dev175", 0.93), Map.entry("dev180", 0.93), Map.entry("dev181", 0.93), Map.entry("dev184", 0.93), Map.entry("dev189", 0.89), Map.entry("dev220", 0.86), Map.entry("dev225", 0.90), Map.entry("dev230", 0.95), Map.entry("dev231", 0.95), Map.entry("dev228", 0.95), Map.entry("dev229", 0.95), Map.entry("dev234", 0.95), Map.entry("dev233", 0.97), Map.entry("dev232", 0.95), Map.entry("dev235", 0.95), Map.entry("dev236", 0.93), Map.entry("dev237", 0.93), Map.entry("dev238", 0.93), Map.entry("dev239", 0.93), Map.entry("dev240", 0.93), Map.entry("dev241", 0.95), Map.entry("dev242", 0.95), Map.entry("dev243", 0.90), Map.entry("dev244", 0.95), Map.entry("dev245", 0.90), Map.entry("dev246", 0.97), Map.entry("dev247", 0.97), Map.entry("dev248", 0.95), Map.entry("dev249", 0.95), Map.entry("dev250", 0.97));
    private static SetJudge judge;

    /** Every set with an in-scope floor; each is checked for in-scope questions and off-topic messages. */
    static Stream<String> sets() {
        return IN_SCOPE_FLOOR.keySet().stream().sorted();
    }

    @BeforeAll
    static void load() {
        judge = new SetJudge(Assistant.load(Path.of("corpus")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void inScopeQuestionsGetTheRightGuidance(String set) {
        List<JsonNode> questions = read(set, "questions.jsonl");
        if (set.equals("eval")) {
            questions.addAll(read(set, "sample-questions.jsonl"));
        }
        assertThat(report(judge.inScope(set, questions))).isGreaterThanOrEqualTo(IN_SCOPE_FLOOR.get(set));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void offTopicMessagesGetTheFallback(String set) {
        assertThat(report(judge.offTopic(set, read(set, "offtopic.jsonl")))).isGreaterThanOrEqualTo(OFF_TOPIC_FLOOR.getOrDefault(set, 0.95));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eval", "holdout", "dev8"})
    void redFlagsEscalateAtTheRightLevel(String set) {
        List<Outcome> outcomes = judge.redFlags(set, read(set, "redflags.jsonl"));
        assertThat(report(outcomes.get(0))).as("escalated").isGreaterThanOrEqualTo(0.98);
        assertThat(report(outcomes.get(1))).as("at the right level").isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eval", "holdout", "dev8"})
    void benignMessagesDoNotEscalate(String set) {
        double leftAlone = report(judge.benign(set, read(set, "benign.jsonl")));
        assertThat(1 - leftAlone).as("benign escalated").isLessThanOrEqualTo(0.02);
    }

    private static double report(Outcome outcome) {
        System.out.println(outcome.line());
        outcome.failures().forEach(f -> System.out.println("    " + f));
        return outcome.share();
    }

    static List<JsonNode> read(String set, String file) {
        List<JsonNode> rows = SetJudge.read(Path.of("src/test/resources", set, file));
        assertThat(rows).as(set + "/" + file).isNotEmpty();
        return rows;
    }
}

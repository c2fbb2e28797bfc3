package org.backcoach.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.backcoach.classify.SavedModel;
import org.backcoach.classify.TextClassifier;
import org.backcoach.classify.TrainingKey;

/**
 * A second reader for red flags worded in a way no rule in {@link RedFlagRules} foresaw: a
 * logistic regression over a message's words and word pairs, trained (by the build, see
 * {@link SecondReaderBuild}, or at start-up when the training data changed) on the triage
 * table ({@code safety/triage-cases.tsv}) and the blind-written labelled messages
 * ({@code safety/labelled-messages.tsv}), with ordinary questions as counter-examples. It adds an
 * escalation the rules missed, or raises a rule's level, only when it is confident and only for a
 * message that touches what a red flag is about; it never lowers or removes a rule's verdict, and
 * its replies are the same fixed escalation texts. Thread-safe once trained.
 */
final class SecondReader {
    static final String TABLE = "/safety/triage-cases.tsv";
    static final String LABELLED = "/safety/labelled-messages.tsv";
    /** The model the build trained ({@link SecondReaderBuild}), so start-up need not train it again. */
    static final String SAVED = "/safety/second-reader.model";
    private static final String SAVED_NAME = "second-reader";

    /** How sure the reader must be that a message is a red flag before it escalates. */
    static final double DEFAULT_THRESHOLD = 0.8;
    /** Regularisation: lower keeps the weights small, so no single word decides. */
    static final double DEFAULT_COST = 1.0;
    private static final int MIN_FEATURE_COUNT = 2;
    /** How sure the reader must be of a level before it raises a rule's verdict to it. */
    static final double UPGRADE_CERTAINTY = 0.95;

    private static final List<EscalationLevel> LEVELS = List.of(
            EscalationLevel.STOP, EscalationLevel.URGENT, EscalationLevel.EMERGENCY);

    /** One labelled message: its expected level, or empty for an ordinary message. */
    record Example(Optional<EscalationLevel> level, String message) {
    }

    /** Red flag (1) or not (0). */
    private final TextClassifier redOrNot;
    /** Which level, for a red flag: the position in {@link #LEVELS}. */
    private final TextClassifier level;
    private final double threshold;

    private SecondReader(TextClassifier redOrNot, TextClassifier level, double threshold) {
        this.redOrNot = redOrNot;
        this.level = level;
        this.threshold = threshold;
    }

    /**
     * Trained on the triage table and the labelled messages, the ordinary questions as more examples
     * of "not a red flag". Read from the model the build saved instead when that model was trained
     * on exactly these messages: same result, a second less start-up. An edited corpus (other
     * sample questions) trains afresh.
     */
    static SecondReader train(List<String> ordinaryQuestions) {
        List<Example> examples = trainingExamples(); // read once, for the key and, if need be, for training
        return saved(examples, ordinaryQuestions).orElseGet(() -> train(examples, ordinaryQuestions, DEFAULT_COST, DEFAULT_THRESHOLD));
    }

    static List<Example> trainingExamples() {
        List<Example> examples = new ArrayList<>(table());
        examples.addAll(labelled());
        return examples;
    }

    /** Writes the model trained on these ordinary questions, for {@link #train(List)} to read at start-up. */
    static void save(List<String> ordinaryQuestions, Writer out) throws IOException {
        List<Example> examples = trainingExamples();
        SecondReader reader = train(examples, ordinaryQuestions, DEFAULT_COST, DEFAULT_THRESHOLD);
        SavedModel.writeHeader(out, SAVED_NAME, trainingKey(examples, ordinaryQuestions));
        reader.redOrNot.write(out);
        reader.level.write(out);
    }

    /** The model the build saved, if it was trained on exactly these examples and ordinary questions. */
    static Optional<SecondReader> saved(List<Example> examples, List<String> ordinaryQuestions) {
        return SavedModel.read(SAVED, SAVED_NAME, trainingKey(examples, ordinaryQuestions),
                in -> new SecondReader(TextClassifier.read(in), TextClassifier.read(in), DEFAULT_THRESHOLD));
    }

    /** A digest of everything training reads, settings included: equal keys, equal models. */
    private static String trainingKey(List<Example> examples, List<String> ordinaryQuestions) {
        TrainingKey key = new TrainingKey().add("cost=" + DEFAULT_COST + " min=" + MIN_FEATURE_COUNT);
        for (Example example : examples) {
            key.add(example.level().map(EscalationLevel::wireName).orElse("none") + "\t" + example.message());
        }
        ordinaryQuestions.forEach(question -> key.add("ordinary\t" + question));
        return key.hex();
    }

    /**
     * Calibrated with {@code SecondReaderCalibration} (before dev9 and dev9b joined the labelled
     * messages, and before the topic gate) on dev8, which the session-start rules had not been tuned
     * on: at cost 1 and threshold 0.8 it caught 11 of the 15 red flags those rules missed, all at the
     * right level, while newly escalating 1 of 1,065 benign messages, 6 of 1,249 in-scope questions
     * (the gate now keeps those six) and none of 604 off-topic ones.
     */
    static SecondReader train(List<Example> table, List<String> ordinaryQuestions, double cost, double threshold) {
        List<Example> examples = new ArrayList<>(table);
        ordinaryQuestions.forEach(q -> examples.add(new Example(Optional.empty(), q)));
        List<List<String>> features = examples.stream().map(e -> features(TextNormalizer.sentences(e.message()))).toList();
        int[] isRed = examples.stream().mapToInt(e -> e.level().isPresent() ? 1 : 0).toArray();
        long reds = Arrays.stream(isRed).filter(y -> y == 1).count();
        // red flag or not, with both sides weighing the same however many examples each has
        TextClassifier redOrNot = TextClassifier.train(features, isRed, cost, MIN_FEATURE_COUNT,
                Map.of(0, (double) reds / (examples.size() - reds)));
        List<List<String>> redFeatures = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Optional<EscalationLevel> level = examples.get(i).level();
            if (level.isPresent()) {
                redFeatures.add(features.get(i));
                levels.add(LEVELS.indexOf(level.get()));
            }
        }
        TextClassifier level = TextClassifier.train(redFeatures, levels.stream().mapToInt(Integer::intValue).toArray(), cost,
                MIN_FEATURE_COUNT, Map.of());
        return new SecondReader(redOrNot, level, threshold);
    }

    /**
     * What a red flag is about: a body part or function, a symptom's quality, an event or a condition
     * the red-flag list names. The reader only speaks when the message touches one of them, so
     * "back's been sore on and off since my 30s, too risky to lift?" is never read as an emergency.
     */
    private static final Pattern RED_FLAG_TOPIC = Pattern.compile("\\b(?:"
            + "bladders?|bowels?|pee[a-z]*|(?<!like a )wee[sd]?|weeing|urin[a-z]*|toilets?|loo|poo[a-z]*|stools?|incontin[a-z]*|leak[a-z]*|wet[a-z]*"
            + "|pants|underwear|knickers|nappy|pads?|accidents?|bums?|butt[a-z]*|backside|arse|groin|crotch|genital[a-z]*|privates?|saddle"
            + "|perine[a-z]*|down there|down below|between my legs|sex[a-z]*|erect[a-z]*|bedroom|intima[a-z]*|orgasm|climax|junk"
            + "|legs?|feet|foot|toes?|knees?|thighs?|calf|calves|shins?|ankles?|numb[a-z]*|tingl[a-z]*|pins and needles|dead|rubber|weak[a-z]*"
            + "|jelly|lead|drag[a-z]*|trip[a-z]*|stumbl[a-z]*|wobbl[a-z]*|buckl[a-z]*|gave way|giving way"
            + "|fever[a-z]*|feverish|temp[a-z]*|chills?|shiver[a-z]*|shak[a-z]*|sweat[a-z]*|clammy|flu|infection|hot and cold"
            + "|weight|thin[a-z]*|kilos?|kg|stone|pounds|lbs|appetite|loose|skinn[a-z]*"
            + "|chest|breath[a-z]*|puff[a-z]*|heart|jaw|arm"
            + "|nights?|sleep[a-z]*|wak[a-z]*|woke|awake|worse[a-z]*|worsening|increas[a-z]*|tighter|relentless|unbearable|agony"
            + "|fall[a-z]*|fell|slip[a-z]*|crash[a-z]*|accident|collision|hit|knocked|tumbl[a-z]*|ladder|stairs|roof|thrown|landed"
            + "|surger[a-z]*|operat[a-z]*|op|fusion|discectomy|laminectomy|screws|rods|cancer[a-z]*|tum[ou]+rs?|chemo[a-z]*|lump"
            + "|steroids?|prednisolone|osteopor[a-z]*|bones?|fractur[a-z]*|crack[a-z]*|broke[n]?|vertebra[a-z]*"
            + "|sharp[a-z]*|stab[a-z]*|shoot[a-z]*|shot|pop[a-z]*|snap[a-z]*|click[a-z]*|twang[a-z]*|ping[a-z]*|tear|tore|torn|rip[a-z]*"
            + "|electric|jolt|bolt|knife|needles?|inject[a-z]*|drugs?|heroin|immun[a-z]*|hiv|transplant|biologics?|methotrexate"
            + "|tip ?toes?|heels?|stand[a-z]*|walk[a-z]*|balance|motorbike|motorcycle|bike|car|van|motorway|speed|rear ended|written off|horse"
            + "|get it up|finish|sensation|ed|myeloma|lymphoma|leuka?emia|melanoma|spot|scan|mri|biopsy|tests|radiotherapy"
            + "|[a-z]*discectomy|dis[ck]s?|replaced|replacement|azathioprine|crohns|lupus|colitis|arthritis|rheumatoid|pred"
            + ")\\b");

    /** The level the reader is confident the message reports, if any. */
    Optional<EscalationLevel> read(List<String> normalisedSentences) {
        if (!touchesRedFlagTopic(normalisedSentences)) {
            return Optional.empty();
        }
        List<String> features = features(normalisedSentences);
        if (redOrNot.probabilities(features)[1] < threshold) {
            return Optional.empty();
        }
        return Optional.of(LEVELS.get(level.predict(features)));
    }

    /**
     * A more severe level than the rules gave, when the reader is all but sure of it: a rule that read "my back went"
     * as a stop can miss the incontinence told in a way no rule foresaw. Measured with five folds on the labelled
     * messages ({@code SecondReaderFolds --raised}): of 9 red flags the rules put too low, this raised 8 to the right
     * level and raised 1 right one too high, benign untouched (at 0.8 instead of {@link #UPGRADE_CERTAINTY}: 8 and 6);
     * with dev170-179 added, 22 of 32 and 1.
     */
    Optional<EscalationLevel> moreSevereThan(EscalationLevel ruled, List<String> normalisedSentences) {
        if (ruled == EscalationLevel.EMERGENCY || !touchesRedFlagTopic(normalisedSentences)) {
            return Optional.empty();
        }
        List<String> features = features(normalisedSentences);
        if (redOrNot.probabilities(features)[1] < threshold) {
            return Optional.empty();
        }
        double[] byLevel = level.probabilities(features);
        for (int i = LEVELS.size() - 1; i > LEVELS.indexOf(ruled); i--) {
            if (byLevel[i] >= UPGRADE_CERTAINTY) {
                return Optional.of(LEVELS.get(i));
            }
        }
        return Optional.empty();
    }

    /** How sure the reader is that the message reports a red flag: 0 when it touches no red-flag topic (for tools). */
    double confidence(List<String> normalisedSentences) {
        return touchesRedFlagTopic(normalisedSentences) ? redOrNot.probabilities(features(normalisedSentences))[1] : 0;
    }

    /** The reader's probability of each level (stop, urgent, emergency) for a message taken as a red flag (for tools). */
    double[] levelProbabilities(List<String> normalisedSentences) {
        return level.probabilities(features(normalisedSentences));
    }

    private static boolean touchesRedFlagTopic(List<String> normalisedSentences) {
        return normalisedSentences.stream().anyMatch(s -> RED_FLAG_TOPIC.matcher(s).find());
    }

    /** Each word and each two neighbouring words of every sentence. */
    private static List<String> features(List<String> sentences) {
        List<String> features = new ArrayList<>();
        for (String sentence : sentences) {
            String[] words = sentence.replace(",", " ").trim().split(" +");
            for (int i = 0; i < words.length; i++) {
                if (words[i].isEmpty()) {
                    continue;
                }
                features.add(words[i]);
                if (i > 0 && !words[i - 1].isEmpty()) {
                    features.add(words[i - 1] + " " + words[i]);
                }
            }
        }
        return features;
    }

    /** The triage table: a level (emergency, urgent, stop or none), a tab, the message. */
    static List<Example> table() {
        return examples(TABLE);
    }

    /** The blind-written labelled messages, in the table's format. */
    static List<Example> labelled() {
        return examples(LABELLED);
    }

    private static List<Example> examples(String resource) {
        try (InputStream in = SecondReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(cells -> new Example(level(cells[0].strip()), cells[1]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }

    /** A level as the table and the labelled messages write it ("emergency", "urgent", "stop" or "none"). */
    static Optional<EscalationLevel> level(String name) {
        return name.equals("none") ? Optional.empty() : Optional.of(EscalationLevel.valueOf(name.toUpperCase(java.util.Locale.ROOT)));
    }
}

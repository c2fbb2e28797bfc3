package org.backcoach.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The second reader measured on messages it did not learn from: the labelled messages split into five
 * folds by the development set they came from; for each fold the reader is trained on the table, the
 * other folds and the sample questions, then every held-out message the rules leave alone is read.
 * Prints one row per such message: fold, expected level (or none), the reader's confidence, the
 * level it would give, the message's length in words. Measured in session 10 (22,170 labelled messages): of the
 * 817 red flags the rules left alone, the reader caught 784 at its threshold of 0.8 while escalating 30 of 11,963
 * benign messages; no length did notably worse (under 15 words 70 of 76 and 6 benign, 60 words or more 63 of 69
 * and 4), so a length-aware threshold would buy nothing here. Not a test. Run (with {@code -Dexec.args=--raised} it prints
 * the levels it raises instead, see {@code printRaise}):
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.backcoach.safety.SecondReaderFolds > folds.tsv
 * </pre>
 */
public final class SecondReaderFolds {
    private static final int FOLDS = 5;

    private SecondReaderFolds() {
    }

    public static void main(String[] args) throws IOException {
        boolean raising = List.of(args).contains("--raised");
        List<List<SecondReader.Example>> sets = labelledBySet();
        List<String> questions = ProductTriage.sampleQuestions();
        Triage rules = Triage.rulesOnly();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<SecondReader.Example> training = new ArrayList<>(SecondReader.table());
            List<SecondReader.Example> held = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                (i % FOLDS == fold ? held : training).addAll(sets.get(i));
            }
            SecondReader reader = SecondReader.train(training, questions, SecondReader.DEFAULT_COST, 0);
            for (SecondReader.Example e : held) {
                Optional<Escalation> byRule = rules.assess(e.message());
                if (raising && byRule.isPresent()) {
                    printRaise(fold, e, byRule.get().level(), reader);
                }
                if (raising || byRule.isPresent()) {
                    continue;
                }
                List<String> sentences = TextNormalizer.sentences(e.message());
                String read = reader.read(sentences).map(EscalationLevel::wireName).orElse("none");
                System.out.printf(Locale.ROOT, "%d\t%s\t%.4f\t%s\t%d%n", fold,
                        e.level().map(EscalationLevel::wireName).orElse("none"), reader.confidence(sentences), read,
                        e.message().trim().split("\\s+").length);
            }
        }
    }

    /**
     * With {@code --raised}, for each held-out message a rule escalates: fold, expected level (or none), the rule's level,
     * the level the reader raises it to (or the rule's own). Measured in session 14: on 49,818 labelled messages, of 9 red
     * flags the rules put too low 8 were raised to the right level and 1 right verdict was raised; on 53,818, of 32 put too
     * low 22 were raised to the right level and 1 right verdict was raised; no benign verdict changed either time.
     */
    private static void printRaise(int fold, SecondReader.Example e, EscalationLevel ruled, SecondReader reader) {
        List<String> sentences = TextNormalizer.sentences(e.message());
        EscalationLevel given = reader.confidence(sentences) >= SecondReader.DEFAULT_THRESHOLD
                ? reader.moreSevereThan(ruled, sentences).orElse(ruled) : ruled;
        System.out.printf(Locale.ROOT, "%d\t%s\t%s\t%s%n", fold, e.level().map(EscalationLevel::wireName).orElse("none"),
                ruled.wireName(), given.wireName());
    }

    /** The labelled messages, one list per "# ---- devNN" section. */
    private static List<List<SecondReader.Example>> labelledBySet() throws IOException {
        List<List<SecondReader.Example>> sets = new ArrayList<>();
        try (InputStream in = SecondReader.class.getResourceAsStream(SecondReader.LABELLED)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.startsWith("# ----") || sets.isEmpty() && !line.startsWith("#")) {
                    sets.add(new ArrayList<>());
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                sets.get(sets.size() - 1).add(new SecondReader.Example(SecondReader.level(cells[0].strip()), cells[1]));
            }
        }
        return sets;
    }
}

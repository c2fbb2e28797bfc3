package org.backcoach.safety;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Calibration of the second reader's overruling ({@link SecondReader#CLEARLY_ORDINARY}) on set
 * folders it never trained on: of the red flags and benign messages a non-emergency rule
 * escalates, how many fall below each probability. Not a test. Run:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.backcoach.safety.OverruleCalibration -Dexec.args="FOLDER... [--show]"
 * </pre>
 */
public final class OverruleCalibration {
    private static final double[] THRESHOLDS = {0.005, 0.01, 0.02, 0.05, 0.1};

    private OverruleCalibration() {
    }

    public static void main(String[] args) throws IOException {
        SecondReader reader = SecondReader.train(ProductTriage.sampleQuestions());
        Triage rules = Triage.rulesOnly();
        ObjectMapper json = new ObjectMapper();
        boolean show = Arrays.asList(args).contains("--show");
        for (String kind : List.of("redflags", "benign")) {
            int escalated = 0;
            int[] below = new int[THRESHOLDS.length];
            Map<String, Integer> byRule = new TreeMap<>();
            for (String folder : args) {
                Path file = Path.of(folder, kind + ".jsonl");
                if (!Files.exists(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String message = json.readTree(line).get("q").asText();
                    Optional<Escalation> byRuleVerdict = rules.assess(message);
                    if (byRuleVerdict.isEmpty() || byRuleVerdict.get().level() == EscalationLevel.EMERGENCY) {
                        continue;
                    }
                    escalated++;
                    double p = reader.redProbability(TextNormalizer.sentences(message));
                    for (int i = 0; i < THRESHOLDS.length; i++) {
                        below[i] += p < THRESHOLDS[i] ? 1 : 0;
                    }
                    if (p < SecondReader.CLEARLY_ORDINARY) {
                        byRule.merge(byRuleVerdict.get().rule(), 1, Integer::sum);
                    }
                    if (show && p < THRESHOLDS[THRESHOLDS.length - 1]) {
                        System.out.printf(Locale.ROOT, "    %.3f %s <- %s%n", p, byRuleVerdict.get().rule(), message);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s a non-emergency rule escalated: %d; below %s: %s; overruled now, by rule: %s%n",
                    kind, escalated, Arrays.toString(THRESHOLDS), Arrays.toString(below), byRule);
        }
    }
}

package org.backcoach.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.backcoach.corpus.CorpusLoader;

/**
 * Calibration of the {@link SecondReader}: for a grid of settings, how many of the rules' misses
 * it catches and how many ordinary messages it would newly escalate. Input: a TSV of rows
 * {@code rules-verdict, set, kind (redflags|benign|questions|offtopic), expected level, message},
 * where the verdict is what the rule table said (write it with {@code TriageExplain} on a
 * rules-only build). Not a test. Run:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.backcoach.safety.SecondReaderCalibration -Dexec.args="verdicts.tsv"
 * </pre>
 */
public final class SecondReaderCalibration {
    private SecondReaderCalibration() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> rows = Files.readAllLines(Path.of(args[0])).stream()
                .map(line -> line.split("\t", 5)).filter(cells -> cells.length == 5).toList();
        List<String> questions = new CorpusLoader().load(Path.of("corpus")).sections().stream()
                .flatMap(s -> s.questions().stream()).toList();
        List<SecondReader.Example> table = new java.util.ArrayList<>(SecondReader.table());
        table.addAll(SecondReader.labelled());
        for (double cost : new double[] {0.3, 1, 3}) {
            for (double threshold : new double[] {0.75, 0.8, 0.85, 0.9}) {
                SecondReader reader = SecondReader.train(table, questions, cost, threshold);
                Map<String, int[]> byKind = new TreeMap<>();
                int caught = 0;
                int rightLevel = 0;
                int missed = 0;
                for (String[] r : rows) {
                    byKind.computeIfAbsent(r[2], k -> new int[2])[1]++;
                    if (!r[0].equals("none")) {
                        continue;
                    }
                    Optional<EscalationLevel> read = reader.read(TextNormalizer.sentences(r[4]));
                    if (r[2].equals("redflags")) {
                        missed++;
                        if (read.isPresent()) {
                            caught++;
                            rightLevel += read.get().wireName().equals(r[3]) ? 1 : 0;
                        }
                    } else if (read.isPresent()) {
                        byKind.get(r[2])[0]++;
                    }
                }
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                        "C=%.2f th=%.2f: rule misses caught %d/%d (right level %d); newly escalated",
                        cost, threshold, caught, missed, rightLevel));
                byKind.forEach((kind, c) -> {
                    if (!kind.equals("redflags")) {
                        line.append(String.format(Locale.ROOT, " %s %d/%d", kind, c[0], c[1]));
                    }
                });
                System.out.println(line);
            }
        }
    }
}

package org.backcoach.search;
import java.nio.file.Path;
import java.util.*;
import org.backcoach.corpus.*;
/**
 * Shows how a question is read: its concepts with their weights and the candidate sections with
 * BM25 score, coverage and matched weight. Not a test; for editors tuning synonyms. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.backcoach.search.ExplainQuestion -Dexec.args="'is ice good after lifting'"}
 * (without arguments it reads one question per line from standard input).
 */
public class ExplainQuestion {
    public static void main(String[] a) {
        Path corpus = Path.of("corpus");
        AnalysisResources r = AnalysisResources.load(corpus);
        Corpus c = new CorpusLoader().load(corpus);
        SectionIndex index = SectionIndex.build(c, r, ConfidenceRule.DEFAULT);
        List<String> questions = a.length > 0 ? List.of(a)
                : new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)).lines().toList();
        for (String q : questions) {
            System.out.println(q);
            for (Match m : index.search(q)) System.out.printf("  %-28s %.2f cov=%.2f w=%.2f%n", m.section().id(), m.score(), m.coverage(), m.matchedWeight());
            System.out.println("  " + index.describe(q));
            double[] p = index.classifierReading(q);
            StringBuilder reading = new StringBuilder(String.format("  classifier: not ours %.2f;", p[p.length - 1]));
            for (int i = 0; i < p.length - 1; i++) {
                if (p[i] >= 0.1) reading.append(String.format(" %s %.2f", c.sections().get(i).id(), p[i]));
            }
            System.out.println(reading);
            List<Match> found = index.search(q);
            System.out.println("  uncovered topic: " + index.mentionsUncoveredTopic(q) + "; decision: "
                    + index.accepted(found).map(m -> m.section().id() + " " + m.reading()).orElse("fallback"));
        }
    }
}

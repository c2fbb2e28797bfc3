package org.backcoach.search;
import java.nio.file.Path;
import java.util.*;
import org.backcoach.corpus.*;
/**
 * Shows how a question is read: its concepts with their weights and the candidate sections with
 * BM25 score, coverage and matched weight. Not a test; for editors tuning synonyms. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.backcoach.search.ExplainQuestion -Dexec.args="'is ice good after lifting'"}
 */
public class ExplainQuestion {
    public static void main(String[] a) {
        Path corpus = Path.of("corpus");
        AnalysisResources r = AnalysisResources.load(corpus);
        Corpus c = new CorpusLoader().load(corpus);
        SectionIndex index = SectionIndex.build(c, r, ConfidenceRule.DEFAULT);
        for (String q : a) {
            System.out.println(q);
            for (Match m : index.search(q)) System.out.printf("  %-28s %.2f cov=%.2f w=%.2f%n", m.section().id(), m.score(), m.coverage(), m.matchedWeight());
            System.out.println("  " + index.describe(q));
        }
    }
}

package org.backcoach.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backcoach.bench.ReplyBenchmark;
import org.backcoach.corpus.CorpusLoader;
import org.backcoach.safety.ProductTriage;
import org.backcoach.safety.Triage;

/** Rough per-stage timing of the reply path (parse, search, triage) over the evaluation messages. Not a test; JMH in {@code bench} is the reference. */
public class StageTiming {
    public static void main(String[] a) throws Exception {
        Path corpus = Path.of("corpus");
        SectionIndex index = SectionIndex.build(new CorpusLoader().load(corpus), AnalysisResources.load(corpus), ConfidenceRule.DEFAULT);
        Triage triage = ProductTriage.load();
        List<String> msgs = new ArrayList<>();
        var m = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String f : new String[]{"questions", "offtopic", "redflags", "benign", "smalltalk"})
            for (String l : java.nio.file.Files.readAllLines(Path.of("src/test/resources/eval/" + f + ".jsonl")))
                if (!l.isBlank()) msgs.add(m.readTree(l).get("q").asText());
        for (int round = 0; round < Integer.getInteger("rounds", 5); round++) {
            long tParse = 0, tSearch = 0, tTriage = 0;
            List<Long> per = new ArrayList<>();
            for (String q : msgs) {
                long t0 = System.nanoTime();
                index.describe(q);
                long t1 = System.nanoTime();
                index.search(q);
                long t2 = System.nanoTime();
                triage.assess(q);
                long t3 = System.nanoTime();
                tParse += t1 - t0; tSearch += t2 - t1; tTriage += t3 - t2;
                per.add(t3 - t1);
            }
            per.sort(null);
            System.out.printf("round %d: parse %.1f us, search %.1f us, triage %.1f us avg; p50 %.1f p99 %.1f us%n", round,
                tParse / 1e3 / msgs.size(), tSearch / 1e3 / msgs.size(), tTriage / 1e3 / msgs.size(),
                per.get(per.size() / 2) / 1e3, per.get(per.size() * 99 / 100) / 1e3);
        }
    }
}

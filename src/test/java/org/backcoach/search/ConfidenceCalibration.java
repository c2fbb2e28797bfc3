package org.backcoach.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backcoach.corpus.CorpusLoader;

/**
 * Calibration harness for {@link ConfidenceRule}: runs a grid of rule settings over an evaluation
 * folder (questions.jsonl, offtopic.jsonl) and prints, per setting, top-1 accuracy, in-scope answered
 * right and off-topic declined. Not a test. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.backcoach.search.ConfidenceCalibration -Dexec.args=src/test/resources/eval}
 */
public class ConfidenceCalibration {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("corpus");
        SectionIndex base = SectionIndex.build(new CorpusLoader().load(corpus), AnalysisResources.load(corpus), ConfidenceRule.DEFAULT);
        ObjectMapper m = new ObjectMapper();
        String dir = args[0];
        List<JsonNode> qs = read(m, dir + "/questions.jsonl");
        List<JsonNode> off = read(m, dir + "/offtopic.jsonl");
        boolean verbose = args.length > 1;
        double[] us = {2.0, 3.0, 4.0};
        double[] covs = {0.3, 0.4, 0.5};
        double[] mins = {0.6, 1.0};
        for (double u : us) for (double c : covs) for (double mn : mins) for (double strong : new double[]{2.0, 2.5, 3.0, 99}) for (double cap : new double[]{5}) for (double nc : new double[]{0, 2, 3, 5}) {
            ConfidenceRule rule = new ConfidenceRule(c, mn, u, cap, nc, strong, 0.8);
            SectionIndex index = base.withRule(rule);
            int top = 0, ok = 0, offOk = 0, top2 = 0;
            List<String> bad = new ArrayList<>();
            for (JsonNode j : qs) {
                List<Match> ms = index.search(j.get("q").asText());
                boolean hit = false;
                if (!ms.isEmpty()) {
                    String text = (ms.get(0).section().text() + " " + ms.get(0).section().title()).toLowerCase();
                    for (JsonNode p : j.get("any")) hit |= text.contains(p.asText().toLowerCase());
                }
                boolean hit2 = hit;
                if (ms.size() > 1 && ms.get(1).matchedWeight() >= 0.8 * ms.get(0).matchedWeight()) {
                    String text2 = (ms.get(1).section().text() + " " + ms.get(1).section().title()).toLowerCase();
                    for (JsonNode p : j.get("any")) hit2 |= text2.contains(p.asText().toLowerCase());
                }
                if (hit2) top2++;
                boolean acc = index.accepted(ms).isPresent();
                if (hit) top++;
                if (hit && acc) ok++;
                else bad.add(String.format("%s %-26s cov=%.2f w=%.2f | %s | %s", acc ? "A" : "-", ms.isEmpty() ? "-" : ms.get(0).section().id(), ms.isEmpty() ? 0 : ms.get(0).coverage(), ms.isEmpty() ? 0 : ms.get(0).matchedWeight(), j.get("topic").asText(), j.get("q").asText()));
            }
            List<String> badOff = new ArrayList<>();
            for (JsonNode j : off) {
                List<Match> ms = index.search(j.get("q").asText());
                if (index.accepted(ms).isEmpty()) offOk++;
                else badOff.add(String.format("%-26s cov=%.2f w=%.2f | %s", ms.get(0).section().id(), ms.get(0).coverage(), ms.get(0).matchedWeight(), j.get("q").asText()));
            }
            System.out.printf("u=%.2f cov=%.2f min=%.1f strong=%.1f cap=%.0f/%.0f  top2close=%d top1=%d/%d answered-right=%d (%.1f%%) offtopic-fallback=%d/%d (%.1f%%)%n", u, c, mn, strong, cap, nc, top2, top, qs.size(), ok, 100.0 * ok / qs.size(), offOk, off.size(), 100.0 * offOk / off.size());
            if (verbose && u == Double.parseDouble(args[1]) && c == Double.parseDouble(args[2]) && mn == Double.parseDouble(args[3]) && strong == Double.parseDouble(args[4]) && cap == Double.parseDouble(args[5]) && nc == Double.parseDouble(args[6])) {
                bad.forEach(System.out::println);
                System.out.println("--- off-topic answered:");
                badOff.forEach(System.out::println);
            }
        }
    }

    static List<JsonNode> read(ObjectMapper m, String f) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(f))) if (!l.isBlank()) out.add(m.readTree(l));
        return out;
    }
}

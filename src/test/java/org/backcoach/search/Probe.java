package org.backcoach.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backcoach.corpus.CorpusLoader;

public class Probe {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("corpus");
        SectionIndex index = SectionIndex.build(new CorpusLoader().load(corpus), AnalysisResources.load(corpus), ConfidenceRule.DEFAULT);
        ObjectMapper m = new ObjectMapper();
        int ok = 0, n = 0;
        for (String file : args) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.isBlank()) continue;
                JsonNode j = m.readTree(line);
                String q = j.get("q").asText();
                List<Match> ms = index.search(q);
                String top = ms.isEmpty() ? "-" : ms.get(0).section().id();
                String second = ms.size() < 2 ? "-" : ms.get(1).section().id();
                boolean accepted = !ms.isEmpty() && ConfidenceRule.DEFAULT.accepts(ms.get(0));
                String text = ms.isEmpty() ? "" : (ms.get(0).section().title() + " " + ms.get(0).section().text()).toLowerCase();
                boolean hit = false;
                if (j.has("any")) for (JsonNode p : j.get("any")) hit |= text.contains(p.asText().toLowerCase());
                n++; if (hit && accepted) ok++;
                System.out.printf("%s %s %-28s cov=%.2f w=%.2f | %-24s | %s%n", (hit && accepted) ? "OK " : (j.has("any") ? "BAD" : (accepted ? "ANS" : "FB ")),
                    accepted ? "A" : "-", top, ms.isEmpty() ? 0 : ms.get(0).coverage(), ms.isEmpty() ? 0 : ms.get(0).matchedWeight(), second, q);
            }
        }
        System.out.println(ok + "/" + n);
    }
}

package org.backcoach.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcoach.corpus.CorpusLoader;

/**
 * Calibration harness for {@link ConfidenceRule}: runs a grid of rule settings over one or more
 * evaluation folders (questions.jsonl, offtopic.jsonl) and prints, per setting and folder, top-1
 * accuracy, in-scope answered right and off-topic declined. Not a test. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.backcoach.search.ConfidenceCalibration -Dexec.args="src/test/resources/eval src/test/resources/holdout"}
 */
public class ConfidenceCalibration {
    private record Folder(String name, List<JsonNode> questions, List<JsonNode> offTopic) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("corpus");
        SectionIndex base = SectionIndex.build(new CorpusLoader().load(corpus), AnalysisResources.load(corpus), ConfidenceRule.DEFAULT);
        ObjectMapper mapper = new ObjectMapper();
        List<Folder> folders = new ArrayList<>();
        for (String dir : args) {
            folders.add(new Folder(Path.of(dir).getFileName().toString(),
                    read(mapper, dir + "/questions.jsonl"), read(mapper, dir + "/offtopic.jsonl")));
        }
        ConfidenceRule d = ConfidenceRule.DEFAULT;
        for (double unknown : new double[]{3.0}) {
            for (double coverage : new double[]{0.35, 0.4, 0.45, 0.5}) {
                for (double domain : new double[]{0.8, 0.9, 1.1}) {
                    for (double strong : new double[]{2.0, 2.5, 3.0}) {
                        double cap = d.maxUnknownWeight();
                        double domainMatch = d.inDomainMatch();
                        ConfidenceRule rule = new ConfidenceRule(coverage, d.minMatchedWeight(), unknown, cap,
                                d.notCoveredWeight(), strong, d.runnerUpShare(), domain, domainMatch);
                        SectionIndex index = base.withRule(rule);
                        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                                "u=%.1f cov=%.2f domain=%.1f strong=%.1f |", unknown, coverage, domain, strong));
                        for (Folder folder : folders) {
                            int top = 0;
                            int right = 0;
                            for (JsonNode q : folder.questions()) {
                                List<Match> matches = index.search(q.get("q").asText());
                                boolean hit = !matches.isEmpty() && contains(matches.get(0), q.get("any"));
                                top += hit ? 1 : 0;
                                right += hit && index.accepted(matches).isPresent() ? 1 : 0;
                            }
                            int declined = 0;
                            for (JsonNode o : folder.offTopic()) {
                                declined += index.accepted(index.search(o.get("q").asText())).isEmpty() ? 1 : 0;
                            }
                            line.append(String.format(Locale.ROOT, " %s top1 %.1f right %.1f off %.1f |", folder.name(),
                                    pct(top, folder.questions().size()), pct(right, folder.questions().size()),
                                    pct(declined, folder.offTopic().size())));
                        }
                        System.out.println(line);
                    }
                }
            }
        }
    }

    private static boolean contains(Match match, JsonNode phrases) {
        String text = (match.section().text() + " " + match.section().title()).toLowerCase(Locale.ROOT);
        for (JsonNode p : phrases) {
            if (text.contains(p.asText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    static List<JsonNode> read(ObjectMapper m, String f) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(f))) if (!l.isBlank()) out.add(m.readTree(l));
        return out;
    }
}

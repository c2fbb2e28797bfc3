package org.backcoach.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backcoach.corpus.CorpusLoader;

/**
 * Lists the words of a question file that the corpus does not know, most frequent first, with
 * what each costs the question's coverage: where an editor's synonym or context word would help
 * most. Not a test. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.backcoach.search.UnknownWords -Dexec.args="src/test/resources/eval/questions.jsonl"}
 */
public class UnknownWords {
    private static final Pattern UNKNOWN = Pattern.compile("\\[\\[([^\\]]+)\\]\\]\\?([0-9.]+)");

    public static void main(String[] files) throws Exception {
        Path corpus = Path.of("corpus");
        SectionIndex index = SectionIndex.build(new CorpusLoader().load(corpus), AnalysisResources.load(corpus),
                ConfidenceRule.DEFAULT);
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> cost = new TreeMap<>();
        for (String file : files) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = UNKNOWN.matcher(index.describe(mapper.readTree(line).get("q").asText()));
                while (m.find()) {
                    counts.merge(m.group(1), 1, Integer::sum);
                    cost.put(m.group(1), m.group(2));
                }
            }
        }
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(150).forEach(e -> System.out.printf("%3d %-14s %s%n", e.getValue(), e.getKey(), cost.get(e.getKey())));
    }
}

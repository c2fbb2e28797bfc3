package org.backcoach.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.backcoach.corpus.CorpusLoader;
import org.junit.jupiter.api.Test;

class SectionScoresTest {

    /** Scores read once per term must rank exactly as a Lucene search does, to the last bit of every score. */
    @Test
    void agreesWithALuceneSearchOnEveryTestMessage() throws IOException {
        Path corpus = Path.of("corpus");
        try (SectionIndex index = SectionIndex.build(new CorpusLoader().load(corpus), AnalysisResources.load(corpus),
                ConfidenceRule.DEFAULT)) {
            List<String> messages = messages(Path.of("src/test/resources"));
            assertThat(messages).hasSizeGreaterThan(1_000);
            for (String message : messages) {
                assertThat(hits(index.candidates(message))).as(message)
                        .isEqualTo(hits(index.luceneCandidates(message)));
            }
        }
    }

    private static List<String> hits(ScoreDoc[] docs) {
        return Arrays.stream(docs).map(d -> d.doc + ":" + Float.floatToIntBits(d.score)).toList();
    }

    private static List<String> messages(Path folder) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> all = new ArrayList<>();
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    var node = line.isBlank() ? null : mapper.readTree(line);
                    if (node != null && node.has("q")) {
                        all.add(node.get("q").asText());
                    } else if (node != null && node.has("message")) {
                        all.add(node.get("message").asText());
                    }
                }
            }
        }
        return all;
    }
}

package org.backcoach.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backcoach.assistant.Assistant;
import org.backcoach.assistant.Conversation;
import org.backcoach.assistant.Reply;
import org.backcoach.corpus.Corpus;
import org.backcoach.corpus.CorpusLoader;
import org.backcoach.search.AnalysisResources;
import org.backcoach.search.ConfidenceRule;
import org.backcoach.search.SectionIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reply path in process, on a realistic mix: every message of the evaluation sets (in-scope
 * questions, red flags, benign, off-topic and small talk) in turn. Run with {@code mvn -Pbench verify}
 * (see README.md). SampleTime gives p50/p99 per reply; Throughput gives replies per second.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReplyBenchmark {
    private Assistant assistant;
    private Corpus corpus;
    private AnalysisResources resources;
    private List<String> messages;
    private int next;

    @Setup
    public void setUp() {
        Path corpusDir = Path.of("corpus");
        assistant = Assistant.load(corpusDir);
        corpus = new CorpusLoader().load(corpusDir);
        resources = AnalysisResources.load(corpusDir);
        messages = evaluationMessages(Path.of("src/test/resources/eval"));
    }

    static List<String> evaluationMessages(Path folder) {
        ObjectMapper mapper = new ObjectMapper();
        List<String> all = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        all.add(mapper.readTree(line).get("q").asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.Throughput})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Reply reply() {
        String message = messages.get(next);
        next = (next + 1) % messages.size();
        return assistant.reply(new Conversation(), message);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SectionIndex buildIndex() throws IOException {
        SectionIndex index = SectionIndex.build(corpus, resources, ConfidenceRule.DEFAULT);
        index.close();
        return index;
    }
}

package org.backcoach.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcoach.corpus.Corpus;
import org.backcoach.corpus.CorpusLoader;
import org.backcoach.corpus.Section;
import org.backcoach.search.AskedQuestions;
import org.backcoach.search.AskedQuestions.Asked;

/**
 * Writes {@code src/main/resources/search/asked-questions.tsv} from the development sets: each
 * in-scope question with the sections whose text holds one of its phrases (its {@code any}), each
 * off-topic message as "not ours". The held-out sets never go in. Rerun after adding a set:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.backcoach.assistant.AskedQuestionsExport
 * </pre>
 */
public final class AskedQuestionsExport {
    static final Path SHIPPED = Path.of("src/main/resources/search/asked-questions.tsv");
    private static final String HEADER = """
            # Questions people asked, with the sections that answer them ("-": the corpus does not).
            # Generated from the development sets by AskedQuestionsExport (src/test); do not edit by hand.
            """;

    private AskedQuestionsExport() {
    }

    public static void main(String[] args) throws IOException {
        List<Asked> asked = fromDevelopmentSets(new CorpusLoader().load(Path.of("corpus")));
        StringBuilder text = new StringBuilder(HEADER);
        asked.forEach(a -> text.append(a.line()).append('\n'));
        Files.writeString(SHIPPED, text, StandardCharsets.UTF_8);
        System.out.println(asked.size() + " asked questions written to " + SHIPPED);
    }

    static List<Asked> fromDevelopmentSets(Corpus corpus) throws IOException {
        List<Asked> asked = new ArrayList<>();
        for (Path folder : DevelopmentQuestions.folders()) {
            asked.addAll(fromSet(folder, corpus));
        }
        return asked;
    }

    /** One set's questions (those whose phrases some section holds) and off-topic messages. */
    static List<Asked> fromSet(Path folder, Corpus corpus) throws IOException {
        List<Asked> asked = new ArrayList<>();
        for (JsonNode question : SetJudge.read(folder.resolve("questions.jsonl"))) {
            List<String> ids = new ArrayList<>();
            for (Section section : corpus.sections()) {
                String text = normalised(section.title() + " " + section.text());
                boolean holdsPhrase = false;
                for (JsonNode phrase : question.get("any")) {
                    holdsPhrase |= text.contains(normalised(phrase.asText()));
                }
                if (holdsPhrase) {
                    ids.add(section.id());
                }
            }
            if (!ids.isEmpty()) {
                asked.add(new Asked(ids, oneLine(question.get("q").asText())));
            }
        }
        Path offTopic = folder.resolve("offtopic.jsonl");
        if (Files.exists(offTopic)) {
            for (JsonNode message : SetJudge.read(offTopic)) {
                asked.add(new Asked(List.of(), oneLine(message.get("q").asText())));
            }
        }
        return asked;
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replaceAll("\\s+", " ").strip();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}

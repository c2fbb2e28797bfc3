package org.backcoach.assistant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backcoach.assistant.SetJudge.Outcome;

/**
 * Scores any evaluation folder (questions, offtopic, redflags, benign .jsonl; missing files are
 * skipped) through the whole reply path and prints the figures. Not a test: it is how a set kept
 * outside the repository stays unseen. Prints the misses only with {@code --misses}; never use that
 * on a held-out set. Rerun with:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.backcoach.assistant.SetScore \
 *     -Dexec.args="/path/to/set [more folders] [--misses]"
 * </pre>
 */
public final class SetScore {
    private SetScore() {
    }

    public static void main(String[] args) {
        boolean misses = List.of(args).contains("--misses");
        SetJudge judge = new SetJudge(Assistant.load(Path.of("corpus")));
        for (String arg : args) {
            if (arg.startsWith("--")) {
                continue;
            }
            Path folder = Path.of(arg);
            String set = folder.getFileName().toString();
            List<Outcome> outcomes = new ArrayList<>();
            outcomes.add(judge.inScope(set, SetJudge.read(folder.resolve("questions.jsonl"))));
            outcomes.add(judge.offTopic(set, SetJudge.read(folder.resolve("offtopic.jsonl"))));
            outcomes.addAll(judge.redFlags(set, SetJudge.read(folder.resolve("redflags.jsonl"))));
            outcomes.add(judge.benign(set, SetJudge.read(folder.resolve("benign.jsonl"))));
            for (Outcome o : outcomes) {
                if (o.total() == 0) {
                    continue;
                }
                System.out.println(o.line());
                if (misses) {
                    o.failures().forEach(f -> System.out.println("    " + f));
                }
            }
        }
    }
}

package org.backcoach.assistant;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backcoach.corpus.Corpus;
import org.backcoach.corpus.CorpusLoader;
import org.backcoach.safety.ProductTriage;
import org.backcoach.safety.Triage;
import org.backcoach.search.AnalysisResources;
import org.backcoach.search.AskedQuestions.Asked;
import org.backcoach.search.ConfidenceRule;
import org.backcoach.search.SectionIndex;
import org.backcoach.tips.TipCatalogue;

/**
 * How well the section classifier's learning from asked questions carries over to questions it
 * never saw: the development sets are dealt into folds (a whole set per fold, since one writer's
 * questions resemble each other), and each fold is asked of an index that learnt from the others.
 * Prints in-scope and off-topic figures per fold and in all. Run (0 folds: each set its own fold):
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.backcoach.assistant.AskedQuestionsCrossCheck -Dexec.args="0 [--misses]"
 * </pre>
 */
public final class AskedQuestionsCrossCheck {
    /** In-scope questions answered right and off-topic messages declined, out of how many. */
    record Result(int inScopeRight, int inScope, int offTopicDeclined, int offTopic, List<String> misses) {
        String line() {
            return String.format("in-scope answered right %d/%d = %.1f%%, off-topic declined %d/%d = %.1f%%",
                    inScopeRight, inScope, 100.0 * inScopeRight / inScope,
                    offTopicDeclined, offTopic, 100.0 * offTopicDeclined / offTopic);
        }
    }

    private AskedQuestionsCrossCheck() {
    }

    public static void main(String[] args) throws IOException {
        Result result = run(args.length > 0 ? Integer.parseInt(args[0]) : 0);
        if (List.of(args).contains("--misses")) {
            result.misses().forEach(m -> System.out.println("    " + m));
        }
        System.out.println(result.line());
    }

    /** @param folds how many folds to deal the sets into; 0 or more than the sets: one set per fold */
    static Result run(int folds) throws IOException {
        Path corpusDir = Path.of("corpus");
        Corpus corpus = new CorpusLoader().load(corpusDir);
        AnalysisResources resources = AnalysisResources.load(corpusDir);
        Triage triage = ProductTriage.load();
        List<Path> sets = DevelopmentQuestions.folders();
        int foldCount = folds <= 0 || folds > sets.size() ? sets.size() : folds;
        List<List<Asked>> bySet = new ArrayList<>();
        for (Path set : sets) {
            bySet.add(AskedQuestionsExport.fromSet(set, corpus));
        }
        int right = 0;
        int asked = 0;
        int declined = 0;
        int offTopic = 0;
        List<String> misses = new ArrayList<>();
        for (int fold = 0; fold < foldCount; fold++) {
            List<Asked> learnt = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                if (i % foldCount != fold) {
                    learnt.addAll(bySet.get(i));
                }
            }
            SectionIndex index = SectionIndex.build(corpus, resources, ConfidenceRule.DEFAULT, learnt);
            SetJudge judge = new SetJudge(new Assistant(corpus, index, new TipCatalogue(corpus), triage));
            for (int i = fold; i < sets.size(); i += foldCount) {
                Path set = sets.get(i);
                SetJudge.Outcome inScope = judge.inScope(set.getFileName().toString(), SetJudge.read(set.resolve("questions.jsonl")));
                SetJudge.Outcome off = judge.offTopic(set.getFileName().toString(), SetJudge.read(set.resolve("offtopic.jsonl")));
                right += inScope.good();
                asked += inScope.total();
                declined += off.good();
                offTopic += off.total();
                inScope.failures().forEach(f -> misses.add(set.getFileName() + " in-scope " + f));
                off.failures().forEach(f -> misses.add(set.getFileName() + " off-topic " + f));
            }
        }
        return new Result(right, asked, declined, offTopic, misses);
    }
}

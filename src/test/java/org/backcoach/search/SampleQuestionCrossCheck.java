package org.backcoach.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcoach.assistant.Assistant;
import org.backcoach.assistant.Conversation;
import org.backcoach.assistant.Reply;
import org.backcoach.assistant.ReplyKind;
import org.backcoach.corpus.Corpus;
import org.backcoach.corpus.CorpusLoader;
import org.backcoach.corpus.Section;
import org.backcoach.safety.Triage;
import org.backcoach.tips.TipCatalogue;

/**
 * K-fold cross-check of retrieval on the editors' own sample questions: each fold's questions are
 * taken out of the corpus, the index is rebuilt without them, and each is asked. A question is
 * right when the reply answers with its own section first. It measures how well ranking tells
 * neighbouring sections apart on wording the index has not seen, with ~1,200 questions instead of
 * a few hundred. {@code RankingCrossCheckTest} holds a floor; to see the figure and the misses, run:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.backcoach.search.SampleQuestionCrossCheck [-Dexec.args="10 --misses"]
 * </pre>
 */
public final class SampleQuestionCrossCheck {
    private SampleQuestionCrossCheck() {
    }

    /** How the held-out sample questions came out. */
    record Result(int asked, int right, int answeredElsewhere, int declined, List<String> misses) {
        double share() {
            return (double) right / asked;
        }
    }

    public static void main(String[] args) {
        int folds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Result result = run(folds);
        if (List.of(args).contains("--misses")) {
            result.misses().forEach(m -> System.out.println("    " + m));
        }
        System.out.printf(Locale.ROOT, "sample questions, %d folds: right %d/%d = %.1f%%, other section %d, not answered %d%n",
                folds, result.right(), result.asked(), 100 * result.share(), result.answeredElsewhere(), result.declined());
    }

    static Result run(int folds) {
        Path folder = Path.of("corpus");
        Corpus corpus = new CorpusLoader().load(folder);
        AnalysisResources resources = AnalysisResources.load(folder);
        int asked = 0;
        int right = 0;
        int answeredElsewhere = 0;
        int declined = 0;
        List<String> misses = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Section> kept = new ArrayList<>();
            List<String[]> heldOut = new ArrayList<>();
            for (Section s : corpus.sections()) {
                List<String> keep = new ArrayList<>();
                for (int i = 0; i < s.questions().size(); i++) {
                    if (i % folds == fold) {
                        heldOut.add(new String[] {s.id(), s.questions().get(i)});
                    } else {
                        keep.add(s.questions().get(i));
                    }
                }
                kept.add(new Section(s.id(), s.title(), s.text(), keep, s.tags(), s.references(), s.document()));
            }
            Corpus smaller = new Corpus(kept);
            Assistant assistant = new Assistant(smaller, SectionIndex.build(smaller, resources, ConfidenceRule.DEFAULT),
                    new TipCatalogue(smaller), Triage.rulesOnly());
            for (String[] q : heldOut) {
                Reply reply = assistant.reply(new Conversation(), q[1]);
                asked++;
                if (reply.kind() == ReplyKind.ANSWER && !reply.sources().isEmpty() && reply.sources().get(0).equals(q[0])) {
                    right++;
                    continue;
                }
                if (reply.kind() == ReplyKind.ANSWER) {
                    answeredElsewhere++;
                } else {
                    declined++;
                }
                misses.add(q[0] + " -> " + reply.kind().wireName() + " " + reply.sources() + " <- " + q[1]);
            }
        }
        return new Result(asked, right, answeredElsewhere, declined, misses);
    }
}

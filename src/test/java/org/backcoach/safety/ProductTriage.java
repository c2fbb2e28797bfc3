package org.backcoach.safety;

import java.nio.file.Path;
import java.util.List;
import org.backcoach.corpus.CorpusLoader;

/** The triage as users meet it (rules and second reader, trained with the corpus's sample questions), for tools and tests. */
public final class ProductTriage {
    private ProductTriage() {
    }

    public static Triage load() {
        return Triage.trained(sampleQuestions());
    }

    /** The corpus's sample questions, as {@code Assistant.load} hands them to the triage. */
    public static List<String> sampleQuestions() {
        return new CorpusLoader().load(Path.of("corpus")).sampleQuestions();
    }
}

package org.backcoach.search;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backcoach.corpus.CorpusLoader;

/**
 * Run by the build (see pom.xml, phase process-classes): trains the section classifier on the
 * corpus and the asked questions and saves it next to the classes, so every start-up that indexes
 * the same corpus reads it instead of training it again (about five seconds).
 */
public final class SectionClassifierBuild {
    private SectionClassifierBuild() {
    }

    /** @param args the corpus folder and the model file to write */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SectionClassifierBuild CORPUS_DIR MODEL_FILE");
        }
        Path corpus = Path.of(args[0]);
        Path model = Path.of(args[1]);
        Files.createDirectories(model.toAbsolutePath().getParent());
        try (SectionIndex index = SectionIndex.build(new CorpusLoader().load(corpus), AnalysisResources.load(corpus),
                ConfidenceRule.DEFAULT, AskedQuestions.shipped());
             Writer out = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
            index.saveClassifier(out);
        }
    }
}

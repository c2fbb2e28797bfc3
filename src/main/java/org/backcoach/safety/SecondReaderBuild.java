package org.backcoach.safety;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backcoach.corpus.CorpusLoader;

/**
 * Run by the build (see pom.xml, phase process-classes): trains the second reader on the corpus's
 * sample questions and saves it next to the classes, so every start-up that uses the same corpus
 * reads it instead of training it again.
 */
public final class SecondReaderBuild {
    private SecondReaderBuild() {
    }

    /** @param args the corpus folder and the model file to write */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SecondReaderBuild CORPUS_DIR MODEL_FILE");
        }
        Path model = Path.of(args[1]);
        Files.createDirectories(model.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
            SecondReader.save(new CorpusLoader().load(Path.of(args[0])).sampleQuestions(), out);
        }
    }
}

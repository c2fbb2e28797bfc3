package org.backcoach.assistant;

import java.util.List;
import java.util.stream.Collectors;
import org.backcoach.corpus.Reference;
import org.backcoach.corpus.Section;

/** Lays out guidance the same way everywhere: the corpus text, then a one-line source. */
final class AnswerFormatter {
    private AnswerFormatter() {
    }

    static String withSource(String guidance, Section section) {
        return guidance + "\n\n" + sourceLine(section);
    }

    static String sourceLine(Section section) {
        String line = "Source: \u201c" + section.document().title() + "\u201d \u203a " + section.title();
        List<Reference> refs = section.references();
        if (refs.isEmpty()) {
            return line;
        }
        return line + " (" + refs.stream().map(Reference::cite).collect(Collectors.joining("; ")) + ")";
    }
}

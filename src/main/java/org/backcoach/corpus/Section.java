package org.backcoach.corpus;

import java.util.List;

/**
 * One focused piece of guidance: what the bot replies with.
 *
 * @param id         stable id, unique across the corpus (used in sources and callback data)
 * @param title      short label shown with the answer and on topic buttons
 * @param text       the guidance, verbatim from the source document
 * @param questions  alternate phrasings of questions this section answers (searched, never shown)
 * @param tags       editorial tags such as {@code tip} or {@code flare-up}
 * @param references the document's references this section relies on
 * @param document   the document this section belongs to
 */
public record Section(
        String id,
        String title,
        String text,
        List<String> questions,
        List<String> tags,
        List<Reference> references,
        DocumentInfo document) {

    public Section {
        questions = List.copyOf(questions);
        tags = List.copyOf(tags);
        references = List.copyOf(references);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}

package org.backcoach.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All sections of all documents, in file and document order. */
public final class Corpus {
    private final List<Section> sections;
    private final Map<String, Section> byId = new LinkedHashMap<>();

    public Corpus(List<Section> sections) {
        this.sections = List.copyOf(sections);
        for (Section section : this.sections) {
            if (byId.putIfAbsent(section.id(), section) != null) {
                throw new CorpusException("duplicate section id '" + section.id() + "'");
            }
        }
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The editors' sample questions of every section: ordinary messages, as users ask them. */
    public List<String> sampleQuestions() {
        return sections.stream().flatMap(section -> section.questions().stream()).toList();
    }

    public List<Section> tagged(String tag) {
        return sections.stream().filter(s -> s.hasTag(tag)).toList();
    }
}

package org.backcoach.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every {@code *.json} document in the corpus folder. Adding an article is adding a file.
 * Any problem fails the whole load with a message naming the file and the section.
 */
public final class CorpusLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The documents' JSON shape; unknown fields are errors so typos in field names surface. */
    private record DocumentFile(String id, String title, String source,
                                List<ReferenceFile> references, List<SectionFile> sections) {
    }

    private record ReferenceFile(String id, @JsonProperty("short") String shortName, String citation, Optional<String> doi) {
    }

    private record SectionFile(String id, String title, String text, List<String> questions,
                               List<String> tags, List<String> references) {
    }

    public Corpus load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CorpusException("corpus folder " + folder + " does not exist or is not a folder");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list corpus folder " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CorpusException("corpus folder " + folder + " holds no .json documents");
        }
        List<Section> sections = new ArrayList<>();
        Map<String, String> fileOfSection = new HashMap<>();
        for (Path file : files) {
            for (Section section : loadFile(file)) {
                String earlier = fileOfSection.putIfAbsent(section.id(), file.getFileName().toString());
                if (earlier != null) {
                    throw new CorpusException(file.getFileName() + ": section '" + section.id()
                            + "': id already used in " + earlier);
                }
                sections.add(section);
            }
        }
        return new Corpus(sections);
    }

    List<Section> loadFile(Path file) {
        String name = file.getFileName().toString();
        JsonNode tree;
        try {
            tree = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new CorpusException(name + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CorpusException(name + ": cannot read: " + e.getMessage(), e);
        }
        DocumentFile doc = convert(tree, name);
        require(doc.id() != null && ID.matcher(doc.id()).matches(), name,
                "document 'id' must be lower-case words joined by '-', got " + quoted(doc.id()));
        require(notBlank(doc.title()), name, "document 'title' is missing or empty");
        require(notBlank(doc.source()), name, "document 'source' is missing or empty");
        require(doc.sections() != null && !doc.sections().isEmpty(), name, "document has no 'sections'");

        Map<String, Reference> references = new HashMap<>();
        for (ReferenceFile ref : Optional.ofNullable(doc.references()).orElse(List.of())) {
            require(notBlank(ref.id()) && notBlank(ref.citation()) && notBlank(ref.shortName()), name,
                    "every reference needs an 'id', a 'short' name and a 'citation'");
            references.put(ref.id(), new Reference(ref.id(), ref.shortName().strip(), ref.citation().strip(),
                    Optional.ofNullable(ref.doi()).flatMap(d -> d).filter(CorpusLoader::notBlank)));
        }
        DocumentInfo info = new DocumentInfo(doc.id(), doc.title().strip(), doc.source().strip(), name);
        Set<String> ids = new HashSet<>();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < doc.sections().size(); i++) {
            SectionFile s = doc.sections().get(i);
            String where = name + ": section #" + (i + 1) + (s.id() == null ? "" : " '" + s.id() + "'");
            require(s.id() != null && ID.matcher(s.id()).matches(), where,
                    "'id' must be lower-case words joined by '-'");
            require(ids.add(s.id()), where, "duplicate id");
            require(notBlank(s.title()), where, "'title' is missing or empty");
            require(notBlank(s.text()), where, "'text' is missing or empty");
            List<Reference> cited = new ArrayList<>();
            for (String refId : orEmpty(s.references())) {
                Reference ref = references.get(refId);
                require(ref != null, where, "cites reference '" + refId + "' which the document does not list");
                cited.add(ref);
            }
            List<String> questions = orEmpty(s.questions()).stream().filter(CorpusLoader::notBlank).toList();
            List<String> tags = orEmpty(s.tags()).stream().map(String::strip).toList();
            for (String tag : tags) {
                require(ID.matcher(tag).matches(), where, "tag " + quoted(tag) + " must be lower-case words joined by '-'");
            }
            sections.add(new Section(s.id(), s.title().strip(), s.text().strip(), questions, tags, cited, info));
        }
        return sections;
    }

    private DocumentFile convert(JsonNode tree, String name) {
        try {
            return mapper.treeToValue(tree, DocumentFile.class);
        } catch (JsonMappingException e) {
            throw new CorpusException(name + ": " + describePath(tree, e) + e.getOriginalMessage()
                    .replaceAll("\\(class [^)]*\\)", "").replaceAll("\\s+", " ").strip(), e);
        } catch (JsonProcessingException e) {
            throw new CorpusException(name + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Turns Jackson's reference chain into "section #3 'flare-ups': " so editors find the spot. */
    private static String describePath(JsonNode tree, JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.size() >= 2 && "sections".equals(path.get(0).getFieldName())) {
            int index = path.get(1).getIndex();
            JsonNode id = tree.path("sections").path(index).path("id");
            return "section #" + (index + 1) + (id.isTextual() ? " '" + id.asText() + "'" : "") + ": ";
        }
        return "";
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String quoted(String s) {
        return s == null ? "nothing" : "'" + s + "'";
    }

    private static void require(boolean ok, String where, String problem) {
        if (!ok) {
            throw new CorpusException(where + ": " + problem);
        }
    }
}

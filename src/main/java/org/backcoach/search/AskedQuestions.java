package org.backcoach.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions people asked, each with the sections whose guidance answers it, or with none when the
 * corpus does not answer it ({@code search/asked-questions.tsv}: "section-id[,section-id] TAB
 * question", "- TAB message" for one we do not answer). They were written by people who saw only the
 * article (the development sets in {@code src/test/resources}), so they word things as users do, not
 * as editors do; the section classifier learns from them beside the editors' sample questions.
 */
public final class AskedQuestions {
    static final String RESOURCE = "/search/asked-questions.tsv";
    /** The first column of a message the corpus does not answer. */
    public static final String NOT_OURS = "-";

    /** One asked question: the sections that answer it, empty when none does. */
    public record Asked(List<String> sectionIds, String text) {
        public Asked {
            sectionIds = List.copyOf(sectionIds);
        }

        public boolean answered() {
            return !sectionIds.isEmpty();
        }

        /** The line as {@link #parse} reads it. */
        public String line() {
            return (answered() ? String.join(",", sectionIds) : NOT_OURS) + "\t" + text;
        }
    }

    private AskedQuestions() {
    }

    /** The questions shipped with the build. */
    public static List<Asked> shipped() {
        try (InputStream in = AskedQuestions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Asked> parse(List<String> lines) {
        List<Asked> asked = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 2);
            if (columns.length < 2 || columns[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected 'section-ids TAB question'");
            }
            List<String> ids = columns[0].equals(NOT_OURS) ? List.of() : List.of(columns[0].split(","));
            asked.add(new Asked(ids, columns[1]));
        }
        return asked;
    }
}

package org.backcoach.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
    private final CorpusLoader loader = new CorpusLoader();

    @TempDir
    Path dir;

    @Test
    void theShippedCorpusLoadsWithOneSectionPerPieceOfGuidance() {
        Corpus corpus = loader.load(Path.of("corpus"));
        assertThat(corpus.sections()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(corpus.section("flare-ups")).get()
                .satisfies(s -> assertThat(s.text()).contains("take some time off from strength training"));
        assertThat(corpus.tagged("tip")).hasSizeGreaterThanOrEqualTo(9);
        assertThat(corpus.tagged("flare-up")).isNotEmpty();
    }

    @Test
    void navigationLinesOfTheWebPageAreNotPartOfAnyAnswer() {
        Corpus corpus = loader.load(Path.of("corpus"));
        assertThat(corpus.sections()).allSatisfy(s -> assertThat(s.text())
                .doesNotContain("See ").doesNotContain("Watch ").doesNotContain("Learn more"));
    }

    @Test
    void referencesAreResolvedWithTheirDois() {
        Section works = loader.load(Path.of("corpus")).section("studies-show-it-works").orElseThrow();
        assertThat(works.references()).extracting(Reference::cite)
                .contains("J Rehabil Med 2016, doi:10.2340/16501977-2091");
    }

    @Test
    void addingAnArticleIsAddingAFile() throws IOException {
        write("a.json", document("first", section("alpha", "Alpha", "Alpha text.")));
        write("b.json", document("second", section("beta", "Beta", "Beta text.")));
        Files.writeString(dir.resolve("notes.txt"), "not a document");
        assertThat(loader.load(dir).sections()).extracting(Section::id).containsExactly("alpha", "beta");
    }

    @Test
    void anUnknownFieldNamesFileAndSection() throws IOException {
        write("doc.json", document("doc", section("alpha", "Alpha", "Text.")
                .replace("\"tags\"", "\"tgas\"")));
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("doc.json").hasMessageContaining("section #1 'alpha'").hasMessageContaining("tgas");
    }

    @Test
    void emptyTextNamesFileAndSection() throws IOException {
        write("doc.json", document("doc", section("alpha", "Alpha", "Text.") + "," + section("beta", "Beta", " ")));
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(CorpusException.class)
                .hasMessage("doc.json: section #2 'beta': 'text' is missing or empty");
    }

    @Test
    void duplicateIdsAcrossFilesAreRejected() throws IOException {
        write("a.json", document("first", section("alpha", "Alpha", "One.")));
        write("b.json", document("second", section("alpha", "Alpha again", "Two.")));
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(CorpusException.class)
                .hasMessage("b.json: section 'alpha': id already used in a.json");
    }

    @Test
    void brokenJsonNamesTheFileAndLine() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{\n  \"id\": \"x\",\n  oops\n}");
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(CorpusException.class)
                .hasMessageStartingWith("bad.json: not valid JSON at line 3");
    }

    @Test
    void aCitationOfAnUnknownReferenceIsRejected() throws IOException {
        write("doc.json", document("doc", section("alpha", "Alpha", "Text.")
                .replace("\"tags\": []", "\"tags\": [], \"references\": [\"9\"]")));
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("section #1 'alpha'").hasMessageContaining("reference '9'");
    }

    @Test
    void aMissingOrEmptyFolderIsAClearError() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("holds no .json documents");
    }

    private void write(String name, String json) throws IOException {
        Files.writeString(dir.resolve(name), json);
    }

    private static String document(String id, String sections) {
        return "{\"id\": \"" + id + "\", \"title\": \"T\", \"source\": \"S\", \"references\": [], \"sections\": [" + sections + "]}";
    }

    private static String section(String id, String title, String text) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"text\": \"" + text + "\", \"questions\": [], \"tags\": []}";
    }
}

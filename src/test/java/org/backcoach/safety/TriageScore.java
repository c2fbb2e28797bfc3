package org.backcoach.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain scoring harness for {@link Triage} on development sets (not a unit test): each folder
 * holds {@code redflags.jsonl} (q, level) and {@code benign.jsonl} (q). Prints right level %,
 * escalated % and benign escalated % per folder, and with {@code --misses} every miss. Never point
 * it at a held-out set with {@code --misses}. Rerun with:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.backcoach.safety.TriageScore \
 *     -Dexec.args="src/test/resources/dev2 src/test/resources/dev3 --misses"
 * </pre>
 */
public final class TriageScore {

    /** Only the two string fields the sets use; enough without a JSON library. */
    private static final Pattern FIELD = Pattern.compile("\"(q|level)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private TriageScore() {
    }

    record Row(String message, String level) {
    }

    public static void main(String[] args) throws IOException {
        boolean misses = List.of(args).contains("--misses");
        Triage triage = ProductTriage.load();
        for (String folder : args) {
            if (!folder.startsWith("--")) {
                score(triage, Path.of(folder), misses);
            }
        }
    }

    private static void score(Triage triage, Path folder, boolean showMisses) throws IOException {
        List<Row> redFlags = read(folder.resolve("redflags.jsonl"));
        List<Row> benign = read(folder.resolve("benign.jsonl"));
        int right = 0;
        int escalated = 0;
        StringBuilder misses = new StringBuilder();
        for (Row row : redFlags) {
            String got = levelOf(triage, row.message());
            right += got.equals(row.level()) ? 1 : 0;
            escalated += got.equals("none") ? 0 : 1;
            if (!got.equals(row.level())) {
                misses.append(String.format("  RED %-9s got %-9s %s%n", row.level(), got, row.message()));
            }
        }
        int falseAlarms = 0;
        for (Row row : benign) {
            String got = levelOf(triage, row.message());
            if (!got.equals("none")) {
                falseAlarms++;
                misses.append(String.format("  BEN got %-9s %s%n", got, row.message()));
            }
        }
        System.out.printf("%s: right level %s, escalated %s, benign escalated %s%n", folder,
                pct(right, redFlags.size()), pct(escalated, redFlags.size()), pct(falseAlarms, benign.size()));
        if (showMisses) {
            System.out.print(misses);
        }
    }

    private static String levelOf(Triage triage, String message) {
        return triage.assess(message).map(e -> e.level().name().toLowerCase(Locale.ROOT)).orElse("none");
    }

    private static String pct(int part, int whole) {
        return String.format("%d/%d = %.1f%%", part, whole, 100.0 * part / Math.max(whole, 1));
    }

    private static List<Row> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(TriageScore::row)
                .toList();
    }

    private static Row row(String line) {
        String message = null;
        String level = "none";
        Matcher m = FIELD.matcher(line);
        while (m.find()) {
            String value = unescape(m.group(2));
            if (m.group(1).equals("q")) {
                message = value;
            } else {
                level = value;
            }
        }
        return new Row(message == null ? "" : message, level);
    }

    private static String unescape(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length()) {
                out.append(c);
                continue;
            }
            char next = json.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}

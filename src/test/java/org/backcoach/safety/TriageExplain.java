package org.backcoach.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Prints, for each line on standard input, the level and the name of the rule that fires (or
 * "none"): the quickest way to see why a message escalates while editing {@link RedFlagRules}. Run:
 * <pre>
 * printf 'message one\nmessage two\n' | mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.backcoach.safety.TriageExplain
 * </pre>
 */
public final class TriageExplain {
    private TriageExplain() {
    }

    public static void main(String[] args) throws IOException {
        Triage triage = ProductTriage.load();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String verdict = triage.assess(line).map(e -> e.level().wireName() + " " + e.rule()).orElse("none");
            System.out.println(verdict + "\t" + line);
        }
    }
}

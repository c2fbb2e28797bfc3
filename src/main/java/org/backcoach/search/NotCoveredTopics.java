package org.backcoach.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Topics people ask about that the corpus does not cover ({@code corpus/not-covered.txt}):
 * medicines, diet, sleep, other sports and joints. Mentioning one counts against answering.
 */
final class NotCoveredTopics {
    private static final int LONGEST_PHRASE = 3;

    private final Set<List<String>> topics = new HashSet<>();

    /** @param analyse turns an entry or a message into analysed terms, the same way for both */
    NotCoveredTopics(List<String> entries, Function<String, List<String>> analyse) {
        for (String entry : entries) {
            List<String> terms = analyse.apply(entry);
            if (!terms.isEmpty() && terms.size() <= LONGEST_PHRASE) {
                topics.add(List.copyOf(terms));
            }
        }
    }

    /** How many mentions of such topics the analysed message holds. */
    int mentions(List<String> terms) {
        int mentions = 0;
        for (int i = 0; i < terms.size(); i++) {
            for (int length = 1; length <= LONGEST_PHRASE && i + length <= terms.size(); length++) {
                if (topics.contains(terms.subList(i, i + length))) {
                    mentions++;
                }
            }
        }
        return mentions;
    }
}

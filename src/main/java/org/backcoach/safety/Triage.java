package org.backcoach.safety;

import java.util.List;
import java.util.Optional;

/**
 * Safety triage, run on every free-text message before any search: does the user report a red
 * flag, and how urgent is it? Reads wording, not keywords: a negated ("no numbness at all"),
 * resolved ("went away years ago"), hypothetical ("what if I feel a sharp pain?") or general
 * ("can people with a spinal fracture lift?") mention does not escalate; a personal report does,
 * even inside a question. The rules are in {@link RedFlagRules}. Stateless and thread-safe.
 */
public final class Triage {

    private final List<RedFlagRule> rules;

    public Triage() {
        this.rules = RedFlagRules.ALL;
    }

    /**
     * The escalation this message needs, the most severe when several red flags are reported, or
     * empty for an ordinary message. Never throws; linear in the message length.
     */
    public Optional<Escalation> assess(String message) {
        List<String> normalised = TextNormalizer.sentences(message);
        MessageFacts facts = MessageFacts.of(normalised);
        // words found once, shared by all rules
        List<Sentence> sentences = normalised.stream().map(Sentence::of).toList();
        return rules.stream()
                .filter(rule -> rule.firesOn(sentences, facts))
                .findFirst()
                .map(rule -> new Escalation(rule.level(), rule.name()));
    }
}

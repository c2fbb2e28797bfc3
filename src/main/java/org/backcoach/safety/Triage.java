package org.backcoach.safety;

import java.util.List;
import java.util.Optional;

/**
 * Safety triage, run on every free-text message before any search: does the user report a red
 * flag, and how urgent is it? Reads wording, not keywords: a negated ("no numbness at all"),
 * resolved ("went away years ago"), hypothetical ("what if I feel a sharp pain?") or general
 * ("can people with a spinal fracture lift?") mention does not escalate; a personal report does,
 * even inside a question. The rules are in {@link RedFlagRules}; a {@link SecondReader} trained on
 * labelled messages catches red flags no rule is worded for and raises a rule's level when all but sure
 * of a more severe one; it never lowers or removes an escalation. Stateless and thread-safe.
 */
public final class Triage {

    private final List<RedFlagRule> rules;
    private final Optional<SecondReader> secondReader;

    private Triage(Optional<SecondReader> secondReader) {
        this.rules = RedFlagRules.ALL;
        this.secondReader = secondReader;
    }

    /**
     * The rule table plus the {@link SecondReader}, trained now on the triage table with these
     * ordinary questions (the corpus's sample questions) as counter-examples: what users meet.
     */
    public static Triage trained(List<String> ordinaryQuestions) {
        return new Triage(Optional.of(SecondReader.train(ordinaryQuestions)));
    }

    /** The rule table alone: what a clinician reviews, and what the table-driven tests pin down. */
    public static Triage rulesOnly() {
        return new Triage(Optional.empty());
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
        Optional<Escalation> byRule = rules.stream()
                .filter(rule -> rule.firesOn(sentences, facts))
                .findFirst()
                .map(rule -> new Escalation(rule.level(), rule.name()));
        if (byRule.isPresent()) {
            EscalationLevel ruled = byRule.get().level();
            return secondReader.flatMap(reader -> reader.moreSevereThan(ruled, normalised))
                    .map(level -> new Escalation(level, SECOND_READER)).or(() -> byRule);
        }
        if (normalised.isEmpty()) {
            return byRule;
        }
        // a what-if about a sharp pain from someone who says they are only asking ("asking before i start") reports no
        // pain of their own (but "just wondering" does not take back weight loss or night pain told as theirs)
        return secondReader.flatMap(reader -> reader.read(normalised))
                .filter(level -> level != EscalationLevel.STOP || !facts.justAsking())
                .map(level -> new Escalation(level, SECOND_READER));
    }

    /** The rule name reported when the second reader, not a rule, escalated. */
    public static final String SECOND_READER = "second-reader";
}

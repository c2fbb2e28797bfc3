package org.backcoach.assistant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.backcoach.corpus.Corpus;
import org.backcoach.corpus.CorpusLoader;
import org.backcoach.corpus.Reference;
import org.backcoach.corpus.Section;
import org.backcoach.safety.Escalation;
import org.backcoach.safety.EscalationTexts;
import org.backcoach.safety.Pushback;
import org.backcoach.safety.Triage;
import org.backcoach.search.AnalysisResources;
import org.backcoach.search.ConfidenceRule;
import org.backcoach.search.Match;
import org.backcoach.search.SectionIndex;
import org.backcoach.tips.TipCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a user's text into a reply: commands, then safety triage, then questions about BackCoach
 * itself and small talk, then search, then the fallback. Knows nothing of Telegram or the console.
 * Thread-safe; per-chat state lives in the {@link Conversation} the door passes in.
 */
public final class Assistant {
    private static final Logger log = LoggerFactory.getLogger(Assistant.class);
    private static final int RELATED_TOPICS = 3;
    private static final int FALLBACK_TOPICS = 15;
    private static final String OVERVIEW_TAG = "overview";
    private static final String DOCTOR_FIRST_TAG = "doctor-first";
    private static final String HOME_TRAINING_TAG = "home-training";

    private final Corpus corpus;
    private final SectionIndex index;
    private final TipCatalogue tips;
    private final Triage triage;
    private final String fallbackText;
    private final String aboutText;

    public Assistant(Corpus corpus, SectionIndex index, TipCatalogue tips, Triage triage) {
        this.corpus = corpus;
        this.index = index;
        this.tips = tips;
        this.triage = triage;
        this.fallbackText = fallbackText(corpus);
        this.aboutText = aboutText(corpus);
    }

    /** What BackCoach is, and the studies behind its guidance, for "sources?" or "is this medical advice?". */
    private static String aboutText(Corpus corpus) {
        List<Reference> references = corpus.sections().stream().flatMap(s -> s.references().stream()).distinct().toList();
        if (references.isEmpty()) {
            return Texts.ABOUT;
        }
        StringBuilder text = new StringBuilder(Texts.ABOUT).append("\n\n").append(Texts.STUDIES_INTRO);
        references.forEach(r -> text.append("\n\u2022 ").append(r.citation()).append(r.doi().map(d -> " doi:" + d).orElse("")));
        return text.toString();
    }

    /** Loads the corpus from {@code corpusDir}, builds the search index and trains the triage's second reader. */
    public static Assistant load(Path corpusDir) {
        long start = System.nanoTime();
        Corpus corpus = new CorpusLoader().load(corpusDir);
        // the two are independent: training the reader beside the index build halves the start-up it adds
        CompletableFuture<Triage> triage = CompletableFuture.supplyAsync(() -> Triage.trained(corpus.sampleQuestions()));
        SectionIndex index = SectionIndex.build(corpus, AnalysisResources.load(corpusDir), ConfidenceRule.DEFAULT);
        Assistant assistant = new Assistant(corpus, index, new TipCatalogue(corpus), triage.join());
        log.info("corpus loaded and indexed, triage trained: {} sections in {} ms", corpus.sections().size(),
                (System.nanoTime() - start) / 1_000_000);
        return assistant;
    }

    public Corpus corpus() {
        return corpus;
    }

    public TipCatalogue tips() {
        return tips;
    }

    /** Replies to any text, commands included ({@code /start}, {@code /help}, {@code /flareup}, {@code /tip}). */
    public Reply reply(Conversation conversation, String text) {
        String message = text == null ? "" : text.strip();
        if (message.isEmpty()) {
            return Reply.of(ReplyKind.FALLBACK, Texts.EMPTY);
        }
        if (message.startsWith("/")) {
            return command(conversation, message);
        }
        // Safety before search: nothing below may replace an escalation.
        Optional<Escalation> escalation = triage.assess(message);
        if (escalation.isPresent()) {
            conversation.escalated(escalation.get().level());
            return Reply.escalation(escalation.get().level(), EscalationTexts.full(escalation.get().level()));
        }
        if (conversation.lastEscalation().isPresent() && Pushback.isPushback(message)) {
            var level = conversation.lastEscalation().get();
            return Reply.escalation(level, EscalationTexts.reminder(level));
        }
        String words = ChatWords.of(message);
        Optional<String> meta = MetaQuestions.replyTo(words, aboutText);
        if (meta.isPresent()) {
            return Reply.of(ReplyKind.SMALLTALK, meta.get());
        }
        Optional<String> smallTalk = SmallTalk.replyTo(words);
        if (smallTalk.isPresent()) {
            return Reply.of(ReplyKind.SMALLTALK, smallTalk.get());
        }
        if (ProgrammeRequests.asksForProgramme(words)) {
            return Reply.of(ReplyKind.FALLBACK, Texts.NO_PROGRAMMES);
        }
        Optional<OffTopicQuestions> offTopic = OffTopicQuestions.kindOf(message);
        if (offTopic.isPresent()) {
            return Reply.of(ReplyKind.FALLBACK, offTopic.get() == OffTopicQuestions.DIAGNOSIS ? Texts.NO_DIAGNOSIS : fallbackText);
        }
        if (OverviewRequests.asksForOverview(words) && !index.mentionsUncoveredTopic(message)
                && !index.namesSpecificTopic(OverviewRequests.withoutCue(words))) {
            return overview();
        }
        Optional<Section> routed = routedByCue(words, message);
        if (routed.isPresent()) {
            return answer(routed.get(), Optional.empty(), related(routed.get(), index.search(message)), message);
        }
        List<Match> matches = index.search(message);
        Optional<Match> best = index.accepted(matches);
        if (best.isEmpty()) {
            // Not confident enough to answer, but the nearest topics are offered (as buttons in Telegram).
            List<Reply.Topic> nearest = matches.stream().filter(m -> m.matchedWeight() > 0).limit(RELATED_TOPICS)
                    .map(m -> new Reply.Topic(m.section().id(), m.section().title())).toList();
            return new Reply(ReplyKind.FALLBACK, Optional.empty(), fallbackText, List.of(), nearest);
        }
        Optional<Section> alsoRelevant = index.closeRunnerUp(matches).map(Match::section);
        return answer(best.get().section(), alsoRelevant, related(best.get().section(), matches), message);
    }

    /**
     * The guidance an editor tagged for a question people ask in many words, most of them about something
     * else: "should I see a doctor first?" ({@code doctor-first}), "can I do it at home?" ({@code home-training},
     * when nothing else specific is asked). Empty when the corpus has no such tag or the message is not that question.
     */
    private Optional<Section> routedByCue(String words, String message) {
        if (DoctorFirstQuestions.asks(words)) {
            return corpus.tagged(DOCTOR_FIRST_TAG).stream().findFirst();
        }
        if (HomeTrainingQuestions.asks(words) && !index.namesSpecificTopic(HomeTrainingQuestions.withoutCue(words))
                && !index.mentionsUncoveredTopic(message)) {
            return corpus.tagged(HOME_TRAINING_TAG).stream().findFirst();
        }
        return Optional.empty();
    }

    /** The answer for a topic the user picked (a related-topic button); empty for an unknown id. */
    public Optional<Reply> aboutTopic(String sectionId) {
        return corpus.section(sectionId).map(s -> answer(s, Optional.empty(), related(s, List.of()), ""));
    }

    public Reply start() {
        return Reply.of(ReplyKind.COMMAND, Texts.WELCOME);
    }

    public Reply help() {
        return Reply.of(ReplyKind.COMMAND, Texts.HELP);
    }

    /** The flare-up guidance (sections tagged {@code flare-up}) with the fixed safety line. */
    public Reply flareUp() {
        List<Section> sections = corpus.tagged("flare-up");
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            text.append(section.text()).append("\n\n");
        }
        text.append(Texts.FLARE_UP_SAFETY);
        for (Section section : sections) {
            text.append("\n\n").append(AnswerFormatter.sourceLine(section));
        }
        return new Reply(ReplyKind.COMMAND, Optional.empty(), text.toString(),
                sections.stream().map(Section::id).toList(), List.of());
    }

    /**
     * The article's key points in its own words (sections tagged {@code overview}), for "what are
     * the main tips?" or "sum up the dos and don'ts".
     */
    public Reply overview() {
        List<Section> sections = corpus.tagged(OVERVIEW_TAG);
        StringBuilder text = new StringBuilder(Texts.OVERVIEW_INTRO).append("\n");
        for (Section section : sections) {
            text.append("\n\u2022 ").append(section.text());
        }
        List<String> titles = sections.stream().map(s -> s.document().title()).distinct().toList();
        text.append("\n\nSource: \u201c").append(String.join("\u201d, \u201c", titles)).append("\u201d");
        return new Reply(ReplyKind.ANSWER, Optional.empty(), text.toString(),
                sections.stream().map(Section::id).toList(), List.of());
    }

    /** The next tip in this conversation's rotation. */
    public Reply tip(Conversation conversation) {
        Section tip = tips.at(conversation.takeTipPosition());
        return new Reply(ReplyKind.COMMAND, Optional.empty(),
                "Tip: " + AnswerFormatter.withSource(tip.text(), tip), List.of(tip.id()), related(tip, List.of()));
    }

    /** The daily tip at rotation {@code position}: the same text as /tip, with the tip's section as its source. */
    public Reply dailyTip(long position) {
        Section tip = tips.at(position);
        return new Reply(ReplyKind.TIP, Optional.empty(), "Your daily tip: " + AnswerFormatter.withSource(tip.text(), tip),
                List.of(tip.id()), List.of());
    }

    private Reply command(Conversation conversation, String message) {
        String name = message.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at > 0) {
            name = name.substring(0, at);
        }
        return switch (name) {
            case "/start" -> start();
            case "/help" -> help();
            case "/flareup", "/flare" -> flareUp();
            case "/tip" -> tip(conversation);
            default -> Reply.of(ReplyKind.COMMAND, Texts.UNKNOWN_COMMAND);
        };
    }

    private Reply answer(Section section, Optional<Section> alsoRelevant, List<Reply.Topic> related, String question) {
        String first = AnswerFormatter.withSource(index.passageFor(section, question), section);
        if (alsoRelevant.isEmpty()) {
            return new Reply(ReplyKind.ANSWER, Optional.empty(), first, List.of(section.id()), related);
        }
        Section second = alsoRelevant.get();
        String text = first + "\n\n" + Texts.ALSO_RELEVANT + "\n"
                + AnswerFormatter.withSource(index.passageFor(second, question), second);
        List<Reply.Topic> others = related.stream().filter(t -> !t.sectionId().equals(second.id())).toList();
        return new Reply(ReplyKind.ANSWER, Optional.empty(), text, List.of(section.id(), second.id()), others);
    }

    /** Runners-up of the search first, then sections sharing an editorial tag. */
    private List<Reply.Topic> related(Section answered, List<Match> matches) {
        List<Section> picked = new ArrayList<>();
        for (Match match : matches) {
            if (match.matchedWeight() > 0 && !match.section().equals(answered) && picked.size() < RELATED_TOPICS) {
                picked.add(match.section());
            }
        }
        for (Section candidate : corpus.sections()) {
            if (picked.size() >= RELATED_TOPICS) {
                break;
            }
            boolean sharesTopic = candidate.tags().stream()
                    .anyMatch(t -> !t.equals(TipCatalogue.TAG) && answered.hasTag(t));
            if (sharesTopic && !candidate.equals(answered) && !picked.contains(candidate)) {
                picked.add(candidate);
            }
        }
        return picked.stream().map(s -> new Reply.Topic(s.id(), s.title())).toList();
    }

    private static String fallbackText(Corpus corpus) {
        StringBuilder text = new StringBuilder(Texts.FALLBACK_INTRO).append('\n');
        corpus.sections().stream().limit(FALLBACK_TOPICS)
                .forEach(s -> text.append("- ").append(s.title()).append('\n'));
        return text.append('\n').append(Texts.FALLBACK_OUTRO).toString();
    }
}

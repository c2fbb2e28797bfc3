package org.backcoach.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backcoach.safety.EscalationLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssistantTest {
    static Assistant assistant;

    @BeforeAll
    static void load() {
        assistant = Assistant.load(Path.of("corpus"));
    }

    private static Reply ask(String text) {
        return assistant.reply(new Conversation(), text);
    }

    @Test
    void anAnswerIsCorpusTextWithAOneLineSource() {
        Reply reply = ask("how many times a week should i lift?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.sources()).containsExactly("how-often-and-how-long");
        assertThat(reply.text()).startsWith("To reap the most benefit from strength training, aim to do it 2 or 3 times a week")
                .endsWith("Source: \u201cStrength training with back pain\u201d \u203a How often and how long to train");
        assertThat(reply.related()).isNotEmpty().hasSizeLessThanOrEqualTo(3)
                .noneMatch(t -> t.sectionId().equals("how-often-and-how-long"));
    }

    @Test
    void researchAnswersCiteTheStudies() {
        Reply reply = ask("what results did people get in the weight training studies?");
        assertThat(reply.text()).contains("50 to 80%").contains("doi:10.2340/16501977-2091");
    }

    @Test
    void aFlareUpQuestionGetsTheFlareUpGuidance() {
        Reply reply = ask("my back is flaring up, should I still train?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.text()).contains("take some time off from strength training until it subsides");
        assertThat(assistant.flareUp().text()).contains("take some time off from strength training until it subsides");
        assertThat(assistant.flareUp().sources()).containsExactly("flare-ups");
    }

    @ParameterizedTest
    @ValueSource(strings = {"what are the main tips for lifting with back pain?", "can u sum up the dos and donts",
            "tl;dr?", "where do i start with weights and a bad back"})
    void askingForTheMainPointsGetsEveryKeyPointInTheArticlesWords(String text) {
        Reply reply = ask(text);
        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.sources()).contains("who-should-not-lift", "how-often-and-how-long", "warm-up-and-stretch",
                "soreness-vs-sharp-pain", "strength-training-helps");
        for (String id : reply.sources()) {
            assertThat(reply.text()).contains(assistant.corpus().section(id).orElseThrow().text());
        }
    }

    @Test
    void tipsAboutOneTopicGetThatTopicNotTheOverview() {
        assertThat(ask("any tips for warming up?").sources()).containsExactly("warm-up-and-stretch");
        assertThat(ask("neck pain from my desk, any tips?").kind()).isEqualTo(ReplyKind.FALLBACK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"best pizza in town", "write me a poem", "what dose of ibuprofen", "asdfghjkl",
        "push pull legs or full body whats better", "tips to improve my mile time", "what balance exercises stop older people falling over",
        "can you help me with my crossword, 7 letters, 'spinal bone'"})
    void offTopicGetsTheFallbackListingWhatBackCoachCanDo(String text) {
        Reply reply = ask(text);
        assertThat(reply.kind()).isEqualTo(ReplyKind.FALLBACK);
        assertThat(reply.text()).contains("I don't have guidance on that").contains("How often and how long to train");
        assertThat(reply.sources()).isEmpty();
    }

    /** Questions that share the article's words but not its subject: prices, opening times, children, pregnancy, other sports. */
    @ParameterizedTest
    @ValueSource(strings = {"how much does a personal trainer cost per hour", "what time does the gym open on sundays",
        "my 14 year old son wants to start lifting, at what age is it safe for teens", "I'm 20 weeks pregnant, can I still lift weights",
        "is it better to lift in the morning or evening", "whats the best pre workout on the market",
        "how do i get my bench from 100 to 120kg", "which brand of resistance bands should i buy", "is swimming good for the back",
        "who won the match last night", "test", "my knee hurts going down stairs, what exercises fix that",
        "does amitriptyline make you put on weight", "best way to lift boxes when moving house without hurting myself",
        "how many sets per muscle per week for max growth", "can you recommend a good care home for my mum"})
    void questionsBesideTheArticlesSubjectGetTheFallbackNotAStraySection(String text) {
        Reply reply = ask(text);
        assertThat(reply.kind()).as(text).isIn(ReplyKind.FALLBACK, ReplyKind.SMALLTALK);
        assertThat(reply.sources()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can you tell me if i've got a slipped disc? it hurts when i bend", "what's wrong with me, lower back aches when i sit",
        "can stress cause back pain?", "is my back pain muscular or from the spine"})
    void aRequestForADiagnosisIsToldWhoCanGiveOne(String text) {
        Reply reply = ask(text);
        assertThat(reply.kind()).isEqualTo(ReplyKind.FALLBACK);
        assertThat(reply.text()).contains("only a doctor or physiotherapist who examines you");
    }

    @ParameterizedTest
    @ValueSource(strings = {"do i need expensive equipment or a gym membership", "whats the core, just the six pack?",
        "my 16 yo son has a sore back from rugby training, can he still lift", "how much weight should i start with",
        "hi my lower back is always niggling is weight training ok for ppl like me"})
    void questionsTheArticleAnswersAreStillAnswered(String text) {
        assertThat(ask(text).kind()).as(text).isEqualTo(ReplyKind.ANSWER);
    }

    /** The article gives principles, not programmes: a request for one is told so, never answered with a random principle. */
    @ParameterizedTest
    @ValueSource(strings = {"can you write me a 12 week program to get my deadlift back up", "pls make me a push pull legs split",
        "give me a list of 10 exercises with sets and reps for a bad back", "could you recommend a good beginner programme for my back"})
    void aRequestForAProgrammeIsToldWhatBackCoachCanDoInstead(String text) {
        Reply reply = assistant.reply(new Conversation(), text);
        assertThat(reply.kind()).isEqualTo(ReplyKind.FALLBACK);
        assertThat(reply.text()).contains("can't write a programme").contains("how often to train");
        assertThat(reply.sources()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how often should i do my workouts with a bad back", "whats a good weekly schedule to start with",
        "how long was the program in the study",
        "i want to make a training plan myself but i dont know which muscles matter. which muscle groups should i focus on for my back?"})
    void aQuestionAboutPlanningTrainingIsStillAnswered(String text) {
        assertThat(assistant.reply(new Conversation(), text).kind()).isEqualTo(ReplyKind.ANSWER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi", "Hello there!", "thanks!", "cheers mate", "good morning", "bye", "ty \uD83D\uDE4F", "ok thanks", "great, got it", "ok"})
    void smallTalkGetsAShortPoliteReply(String text) {
        assertThat(ask(text).kind()).isEqualTo(ReplyKind.SMALLTALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "what can you do?", "who are you", "hey, what should i ask"})
    void questionsAboutBackCoachGetTheHelpText(String text) {
        assertThat(ask(text).text()).isEqualTo(Texts.HELP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i cancel my subscription", "stop the daily tips please", "how can i get a tip every day?"})
    void questionsAboutTheDailyTipExplainTheCommands(String text) {
        Reply reply = ask(text);
        assertThat(reply.kind()).isEqualTo(ReplyKind.SMALLTALK);
        assertThat(reply.text()).contains("/subscribe").contains("/unsubscribe");
    }

    @Test
    void askingWhetherThisIsMedicalAdviceGetsTheDisclaimer() {
        assertThat(ask("is this medical advice?").text()).contains("not a substitute for a doctor");
    }

    @Test
    void askingForSourcesListsTheStudiesWithTheirDois() {
        assertThat(ask("sources??").text()).contains("The studies the article cites")
                .contains("doi:10.2340/16501977-2091").contains("J Rehabil Med. 2016");
    }

    @Test
    void aNamedExerciseTheArticleDoesNotListGetsItsGuidanceOnChoosingExercises() {
        assertThat(ask("can i do squats with a bad back").sources()).contains("avoid-abrupt-moves");
    }

    @Test
    void aFallbackNearSomeGuidanceOffersTheNearestTopics() {
        Reply reply = ask("can i do yoga instead of weights");
        assertThat(reply.kind()).isEqualTo(ReplyKind.FALLBACK);
        assertThat(reply.sources()).isEmpty();
        assertThat(reply.related()).isNotEmpty();
        assertThat(ask("best pizza in town").related()).isEmpty();
    }

    @Test
    void aGreetingWithAQuestionIsAnswered() {
        assertThat(ask("hi! how often should i train?").kind()).isEqualTo(ReplyKind.ANSWER);
    }

    @Test
    void commandsWork() {
        assertThat(ask("/start").text()).contains("not a substitute for a doctor");
        assertThat(ask("/help").text()).contains("/flareup").contains("/tip");
        assertThat(ask("/help@BackCoachBot").text()).isEqualTo(ask("/help").text());
        assertThat(ask("/flareup").text()).isEqualTo(assistant.flareUp().text());
        assertThat(ask("/nonsense").text()).contains("don't know that command");
        assertThat(ask("/tip").kind()).isEqualTo(ReplyKind.COMMAND);
    }

    @Test
    void tipsRotateThroughEveryTipBeforeRepeating() {
        Conversation conversation = new Conversation();
        int tips = assistant.tips().size();
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < tips; i++) {
            seen.add(assistant.reply(conversation, "/tip").sources().get(0));
        }
        assertThat(seen).hasSize(tips);
        assertThat(assistant.reply(conversation, "/tip").sources()).containsExactly(assistant.tips().at(0).id());
    }

    @Test
    void anEscalationIsNeverReplacedByAnAnswerAndPushbackRestatesIt() {
        Conversation conversation = new Conversation();
        Reply first = assistant.reply(conversation, "my legs went numb and weak after deadlifts, how many reps should I do?");
        assertThat(first.kind()).isEqualTo(ReplyKind.ESCALATION);
        assertThat(first.escalation()).contains(EscalationLevel.EMERGENCY);
        assertThat(first.sources()).isEmpty();
        Reply pushback = assistant.reply(conversation, "you misunderstood, it's fine");
        assertThat(pushback.kind()).isEqualTo(ReplyKind.ESCALATION);
        assertThat(pushback.escalation()).contains(EscalationLevel.EMERGENCY);
    }

    @Test
    void aRelatedTopicCanBeOpened() {
        assertThat(assistant.aboutTopic("core-muscles")).get()
                .satisfies(r -> assertThat(r.text()).contains("abdominals, buttocks, and hamstrings"));
        assertThat(assistant.aboutTopic("no-such-topic")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "AND (", "*", "~", "???", "\uD83D\uDE00\uD83D\uDCAA", "field:value OR NOT x",
        "<script>alert(1)</script>", "'; DROP TABLE users; --", "\u0000\u0001", "/"})
    void hostileInputGetsAClearReplyAndNeverThrows(String text) {
        Reply reply = ask(text);
        assertThat(reply.text()).isNotBlank();
    }

    @Test
    void veryLongInputIsHandled() {
        String longText = "how often should I train ".repeat(250);
        assertThat(longText).hasSizeGreaterThan(5000);
        assertThat(ask(longText).kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(ask("x".repeat(5000)).kind()).isEqualTo(ReplyKind.FALLBACK);
    }
}

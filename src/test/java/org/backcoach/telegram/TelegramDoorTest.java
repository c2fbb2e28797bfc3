package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcoach.telegram.FakeBotApi.Response;
import static org.backcoach.telegram.FakeBotApi.callback;
import static org.backcoach.telegram.FakeBotApi.groupText;
import static org.backcoach.telegram.FakeBotApi.message;
import static org.backcoach.telegram.FakeBotApi.privateText;
import static org.backcoach.telegram.FakeBotApi.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.backcoach.assistant.Reply;
import org.backcoach.assistant.ReplyKind;
import org.backcoach.safety.EscalationLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real TelegramBots long polling and OkHttp client against a fake Bot API on 127.0.0.1. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TelegramDoorTest {
    private static final long PAT = 111_222_333_444L; // a 64-bit user id beyond int range
    private static final long GROUP = -1_001_234_567_890L;

    private FakeBotApi telegram;
    private VirtualTime time;
    private ScriptedReplies replies;
    private TelegramDoor door;
    private CapturedLogs logs;

    @BeforeEach
    void setUp() throws Exception {
        telegram = new FakeBotApi();
        time = new VirtualTime();
        replies = new ScriptedReplies();
        logs = CapturedLogs.capture();
    }

    @AfterEach
    void tearDown() {
        if (door != null) {
            door.close();
        }
        telegram.close();
        logs.close();
    }

    private void startDoor() {
        startDoor(RetryPolicy.DEFAULT, Duration.ofSeconds(2));
    }

    private void startDoor(RetryPolicy retry, Duration callTimeout) {
        TelegramDoor.Options options = new TelegramDoor.Options(time, time, RateLimits.TELEGRAM, retry, callTimeout,
                1, Duration.ofSeconds(10), Duration.ofSeconds(3), 2, 1000, MessageSplitter.DEFAULT_LIMIT);
        door = TelegramDoor.start(telegram.settings(), replies, options);
    }

    /** The messages a reply should become: split, then escaped. */
    private static List<String> rendered(Reply reply) {
        return MessageSplitter.split(reply.text(), MessageSplitter.DEFAULT_LIMIT).stream().map(Html::escape).toList();
    }

    private static List<String> texts(List<FakeBotApi.Call> calls) {
        return calls.stream().map(FakeBotApi.Call::text).toList();
    }

    private void quiet(int updateId) throws InterruptedException {
        assertThat(door.awaitQuiet(updateId, Duration.ofSeconds(10))).as("door went quiet").isTrue();
    }

    // ---- start-up ---------------------------------------------------------------------------

    @Test
    void startRegistersTheCommandMenu() {
        startDoor();
        JsonNode body = telegram.await("setMyCommands", 1).get(0).body();
        List<String> commands = new ArrayList<>();
        body.path("commands").forEach(c -> commands.add(c.path("command").asText()));
        assertThat(commands).containsExactly("start", "help", "flareup", "tip");
        assertThat(telegram.calls("getMe")).hasSize(1);
    }

    @Test
    void pollingStartsByDeletingAnyWebhook() {
        startDoor();
        FakeBotApi.Call delete = telegram.await("deleteWebhook", 1).get(0);
        FakeBotApi.Call firstPoll = telegram.await("getUpdates", 1).get(0);
        assertThat(delete.atNanos()).as("deleteWebhook before the first getUpdates").isLessThan(firstPoll.atNanos());
    }

    @Test
    void aServerThatRejectsSetMyCommandsGetsAWarningAndTheBotRunsOn() throws Exception {
        telegram.script("setMyCommands", Response.error(404, "Not Found: method not found"));
        startDoor();
        telegram.await("setMyCommands", 1);
        telegram.push(privateText(PAT, "/help"));
        assertThat(texts(telegram.awaitSent(PAT, 1))).containsExactlyElementsOf(rendered(ScriptedReplies.coreSays("/help")));
        assertThat(logs.at("WARN")).anyMatch(m -> m.contains("setMyCommands"));
    }

    @Test
    void aRejectedTokenStopsTheStartWithAMessageThatSaysSo() {
        telegram.script("getMe", Response.error(401, "Unauthorized"));
        assertThatThrownBy(this::startDoor)
                .isInstanceOf(TelegramDoorException.class)
                .hasMessageContaining("rejected the bot token")
                .hasMessageContaining("401")
                .hasMessageNotContaining(FakeBotApi.TOKEN.substring(10));
        assertThat(telegram.calls("getUpdates")).isEmpty();
        assertThat(logs.everything()).doesNotContain(FakeBotApi.TOKEN.substring(10));
    }

    // ---- commands and questions -------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/start", "/help", "/flareup", "/tip"})
    void coreCommandsGetTheCoresReply(String command) {
        startDoor();
        telegram.push(privateText(PAT, command));
        List<FakeBotApi.Call> sent = telegram.awaitSent(PAT, rendered(ScriptedReplies.coreSays(command)).size());
        assertThat(texts(sent)).containsExactlyElementsOf(rendered(ScriptedReplies.coreSays(command)));
        assertThat(sent).allSatisfy(c -> assertThat(c.body().path("parse_mode").asText()).isEqualToIgnoringCase("HTML"));
    }

    @Test
    void commandsWithTheBotsNameOrADeepLinkPayloadAreTheSameCommand() throws Exception {
        startDoor();
        telegram.push(privateText(PAT, "/start@BackCoachBot"));
        int last = telegram.push(privateText(PAT, "/start from-a-link"));
        quiet(last);
        assertThat(replies.asked).containsExactly("/start", "/start");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/subscribe", "/unsubscribe", "/forget", "/settings"})
    void subscriptionCommandsSayHonestlyThatTheyAreNotAvailableYet(String command) {
        startDoor();
        telegram.push(privateText(PAT, command));
        String text = telegram.awaitSent(PAT, 1).get(0).text();
        assertThat(text).containsAnyOf("not available yet", "once daily tips are available");
        assertThat(replies.asked).isEmpty();
    }

    @Test
    void aQuestionGetsTheCoresReply() {
        startDoor();
        String question = "Can I deadlift with a bulging disc?";
        telegram.push(privateText(PAT, question));
        List<String> expected = rendered(ScriptedReplies.coreSays(question));
        assertThat(texts(telegram.awaitSent(PAT, expected.size()))).containsExactlyElementsOf(expected);
    }

    @Test
    void anEscalationIsSentAsItIsWithoutButtons() {
        String redFlag = "I suddenly can't feel my groin and can't pee";
        replies.on(redFlag, Reply.escalation(EscalationLevel.EMERGENCY, "Call 112 now & say: numbness <saddle area>."));
        startDoor();
        telegram.push(privateText(PAT, redFlag));
        FakeBotApi.Call sent = telegram.awaitSent(PAT, 1).get(0);
        assertThat(sent.text()).isEqualTo("Call 112 now &amp; say: numbness &lt;saddle area&gt;.");
        assertThat(sent.body().has("reply_markup")).isFalse();
    }

    @Test
    void htmlSpecialCharactersInReplyTextAreEscaped() {
        replies.on("<b>squats</b> & deadlifts?", Reply.of(ReplyKind.FALLBACK, "I know nothing about <b>squats</b> & \"deadlifts\" > 5 kg"));
        startDoor();
        telegram.push(privateText(PAT, "<b>squats</b> & deadlifts?"));
        FakeBotApi.Call sent = telegram.awaitSent(PAT, 1).get(0);
        assertThat(sent.text()).isEqualTo("I know nothing about &lt;b&gt;squats&lt;/b&gt; &amp; \"deadlifts\" &gt; 5 kg");
        assertThat(sent.body().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(replies.asked).containsExactly("<b>squats</b> & deadlifts?");
    }

    @Test
    void aLongReplyIsSplitAtParagraphsBelowTheLimitAndTheButtonsGoUnderTheLastPart() {
        String paragraph = "Brace & breathe. ".repeat(150).strip(); // 2,549 characters, 2,999 escaped
        String text = String.join("\n\n", paragraph, paragraph, paragraph);
        replies.on("tell me everything", new Reply(ReplyKind.ANSWER, Optional.empty(), text, List.of("bracing"),
                List.of(new Reply.Topic("breathing", "Breathing"))));
        startDoor();
        telegram.push(privateText(PAT, "tell me everything"));
        List<FakeBotApi.Call> sent = telegram.awaitSent(PAT, 3);
        assertThat(texts(sent)).containsExactly(Html.escape(paragraph), Html.escape(paragraph), Html.escape(paragraph));
        assertThat(sent).allSatisfy(c -> assertThat(c.text().length()).isLessThan(4096));
        assertThat(sent.get(0).body().has("reply_markup")).isFalse();
        assertThat(sent.get(1).body().has("reply_markup")).isFalse();
        assertThat(sent.get(2).body().has("reply_markup")).isTrue();
    }

    // ---- inline keyboard and callbacks ------------------------------------------------------

    @Test
    void anAnswerOffersRelatedTopicsAndFeedbackAndTheButtonsWork() throws Exception {
        String tooLong = "x".repeat(70);
        replies.on("how do I squat?", new Reply(ReplyKind.ANSWER, Optional.empty(), "Squat to a box.", List.of("squat-basics"),
                List.of(new Reply.Topic("hip-hinge", "Learning the hip hinge"), new Reply.Topic(tooLong, "Too long"),
                        new Reply.Topic("bracing", "Bracing"), new Reply.Topic("walking", "Walking"),
                        new Reply.Topic("sleep", "Sleep"))));
        replies.onTopic("hip-hinge", Reply.of(ReplyKind.ANSWER, "Hinge at the hips & keep a neutral spine."));
        startDoor();
        telegram.push(privateText(PAT, "how do I squat?"));

        JsonNode keyboard = telegram.awaitSent(PAT, 1).get(0).body().path("reply_markup").path("inline_keyboard");
        List<String> labels = new ArrayList<>();
        List<String> data = new ArrayList<>();
        keyboard.forEach(row -> row.forEach(button -> {
            labels.add(button.path("text").asText());
            data.add(button.path("callback_data").asText());
        }));
        assertThat(labels).containsExactly("Learning the hip hinge", "Bracing", "Walking", "👍", "👎");
        assertThat(data).containsExactly("t:hip-hinge", "t:bracing", "t:walking", "f:u:squat-basics", "f:d:squat-basics");
        assertThat(data).allSatisfy(d -> assertThat(d.getBytes(StandardCharsets.UTF_8).length).isBetween(1, 64));
        assertThat(keyboard.get(3)).hasSize(2); // 👍 and 👎 side by side

        ObjectNode topicTap = callback(PAT, "t:hip-hinge");
        telegram.push(topicTap);
        FakeBotApi.Call answered = telegram.await("answerCallbackQuery", 1).get(0);
        assertThat(answered.body().path("callback_query_id").asText()).isEqualTo(topicTap.path("callback_query").path("id").asText());
        assertThat(telegram.awaitSent(PAT, 2).get(1).text()).isEqualTo("Hinge at the hips &amp; keep a neutral spine.");
        assertThat(replies.topics).containsExactly("hip-hinge");

        int feedback = telegram.push(callback(PAT, "f:d:squat-basics"));
        FakeBotApi.Call thanked = telegram.await("answerCallbackQuery", 2).get(1);
        assertThat(thanked.body().path("text").asText()).isEqualTo(DoorTexts.FEEDBACK_THANKS);
        quiet(feedback);
        assertThat(telegram.sentTo(PAT)).hasSize(2); // feedback sends no message
        assertThat(logs.at("INFO")).anyMatch(m -> m.contains("not helpful") && m.contains("squat-basics"));
    }

    @Test
    void aRelatedTopicTapWithTheRealCoreAnswersAboutThatTopic() throws Exception {
        startDoor();
        int tap = telegram.push(callback(PAT, "t:core-muscles"));
        telegram.await("answerCallbackQuery", 1);
        quiet(tap);
        List<String> expected = rendered(ScriptedReplies.CORE.aboutTopic("core-muscles").orElseThrow());
        assertThat(texts(telegram.sentTo(PAT))).containsExactlyElementsOf(expected);
    }

    @Test
    void aCallbackWithUnknownDataIsAnsweredAndNothingElse() throws Exception {
        startDoor();
        int tap = telegram.push(callback(PAT, "something-old"));
        telegram.await("answerCallbackQuery", 1);
        quiet(tap);
        assertThat(telegram.sentTo(PAT)).isEmpty();
    }

    // ---- what is not a question -------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"photo", "sticker", "voice", "document", "video", "location"})
    void nonTextMessagesGetAShortExplanation(String kind) {
        startDoor();
        ObjectNode message = message(PAT, "private");
        switch (kind) {
            case "photo" -> message.putArray("photo").addObject().put("file_id", "f").put("file_unique_id", "u").put("width", 1).put("height", 1);
            case "sticker" -> message.putObject("sticker").put("file_id", "f").put("file_unique_id", "u").put("type", "regular")
                    .put("width", 1).put("height", 1).put("is_animated", false).put("is_video", false);
            case "voice" -> message.putObject("voice").put("file_id", "f").put("file_unique_id", "u").put("duration", 3);
            case "document" -> message.putObject("document").put("file_id", "f").put("file_unique_id", "u");
            case "video" -> message.putObject("video").put("file_id", "f").put("file_unique_id", "u").put("width", 1).put("height", 1).put("duration", 1);
            default -> message.putObject("location").put("latitude", 52.5).put("longitude", 13.4);
        }
        telegram.push(update("message", message));
        assertThat(telegram.awaitSent(PAT, 1).get(0).text()).isEqualTo(Html.escape(DoorTexts.ONLY_TEXT));
        assertThat(replies.asked).isEmpty();
    }

    @Test
    void editsChannelPostsAndServiceMessagesAreIgnored() throws Exception {
        startDoor();
        telegram.push(update("edited_message", message(PAT, "private").put("text", "edited question")));
        telegram.push(update("channel_post", message(-100_777L, "channel").put("text", "a post")));
        ObjectNode joined = message(PAT, "private");
        joined.putArray("new_chat_members").addObject().put("id", 5).put("is_bot", false).put("first_name", "Sam");
        telegram.push(update("message", joined));
        ObjectNode pinned = message(PAT, "private");
        pinned.set("pinned_message", message(PAT, "private").put("text", "an old answer"));
        telegram.push(update("message", pinned));
        telegram.push(update("message", message(GROUP, "supergroup").put("new_chat_title", "Renamed")));
        int last = telegram.push(update("my_chat_member", JsonNodeFactoryHolder.emptyObject()));
        quiet(last);
        assertThat(telegram.calls("sendMessage")).isEmpty();
        assertThat(replies.asked).isEmpty();
    }

    // ---- groups -----------------------------------------------------------------------------

    @Test
    void inAGroupTheBotAnswersCommandsMentionsAndRepliesOnly() throws Exception {
        startDoor();
        telegram.push(groupText(GROUP, "anyone up for the gym tonight?"));
        telegram.push(groupText(GROUP, "/help@SomeOtherBot"));
        ObjectNode groupPhoto = message(GROUP, "supergroup");
        groupPhoto.putArray("photo").addObject().put("file_id", "f").put("file_unique_id", "u").put("width", 1).put("height", 1);
        telegram.push(update("message", groupPhoto));
        telegram.push(groupText(GROUP, "/help"));
        telegram.push(groupText(GROUP, "/tip@BackCoachBot"));
        ObjectNode mention = groupText(GROUP, "@BackCoachBot can I squat with sciatica?");
        ((ObjectNode) mention.path("message")).putArray("entities").addObject().put("type", "mention").put("offset", 0).put("length", 13);
        telegram.push(mention);
        ObjectNode reply = groupText(GROUP, "and deadlifts?");
        ((ObjectNode) reply.path("message")).putObject("reply_to_message")
                .setAll(message(GROUP, "supergroup").put("text", "an earlier answer"));
        ((ObjectNode) reply.path("message").path("reply_to_message")).putObject("from").put("id", FakeBotApi.BOT_ID)
                .put("is_bot", true).put("first_name", "BackCoach");
        int last = telegram.push(reply);
        quiet(last);

        assertThat(replies.asked).containsExactly("/help", "/tip", "can I squat with sciatica?", "and deadlifts?");
        List<FakeBotApi.Call> sent = telegram.sentTo(GROUP);
        assertThat(sent).isNotEmpty();
        // Answers in a group quote the message they answer.
        assertThat(sent.get(0).body().path("reply_parameters").path("message_id").isInt()).isTrue();
    }

    // ---- the sender against Telegram's errors -----------------------------------------------

    @Test
    void a429IsRetriedAfterTheRetryAfterTelegramGives() {
        telegram.script("sendMessage", Response.retryAfter(7));
        startDoor();
        telegram.push(privateText(PAT, "/help"));
        List<FakeBotApi.Call> sent = telegram.awaitSent(PAT, 2);
        assertThat(sent.get(1).text()).isEqualTo(sent.get(0).text());
        assertThat(time.requested()).contains(Duration.ofSeconds(7));
    }

    @Test
    void a5xxIsRetriedWithBackoff() {
        telegram.script("sendMessage", Response.error(502, "Bad Gateway"), Response.error(500, "Internal Server Error"));
        startDoor();
        telegram.push(privateText(PAT, "/help"));
        assertThat(telegram.awaitSent(PAT, 3)).extracting(FakeBotApi.Call::text).containsOnly(
                rendered(ScriptedReplies.coreSays("/help")).get(0));
        assertThat(time.requested()).contains(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void a400IsNotRetried() throws Exception {
        telegram.script("sendMessage", Response.error(400, "Bad Request: can't parse entities"));
        startDoor();
        int first = telegram.push(privateText(PAT, "/help"));
        quiet(first);
        assertThat(telegram.sentTo(PAT)).hasSize(1);
        telegram.push(privateText(PAT, "/tip"));
        telegram.awaitSent(PAT, 2); // the chat goes on
    }

    @Test
    void a403MarksTheChatInactiveUntilItWritesAgain() throws Exception {
        telegram.script("sendMessage", Response.error(403, "Forbidden: bot was blocked by the user"));
        startDoor();
        int first = telegram.push(privateText(PAT, "/help"));
        quiet(first);
        assertThat(door.tipSender().send(PAT, 0)).failsWithin(Duration.ofSeconds(5)); // no broadcast to a blocked chat
        assertThat(telegram.sentTo(PAT)).hasSize(1);
        telegram.push(privateText(PAT + 1, "/tip"));
        telegram.awaitSent(PAT + 1, 1); // other chats are not affected
        // Telegram only delivers messages from users who have not blocked the bot: writing makes the chat active again.
        int second = telegram.push(privateText(PAT, "/tip"));
        quiet(second);
        assertThat(telegram.sentTo(PAT)).hasSize(2);
        assertThat(replies.asked).containsExactly("/help", "/tip", "/tip");
    }

    @Test
    void aServerThatAnswersGarbageOrNotAtAllDoesNotHangTheBot() {
        telegram.script("sendMessage",
                Response.raw(200, "{}"),                       // parses, then TelegramBots fails without completing
                Response.raw(200, "<html>502 Bad Gateway</html>"), // not JSON at all
                Response.silentFor(3000));                      // never answers within the call timeout
        startDoor(new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), 3, Duration.ofSeconds(1)), Duration.ofMillis(600));
        long started = System.nanoTime();
        telegram.push(privateText(PAT, "/help"));
        List<FakeBotApi.Call> sent = telegram.awaitSent(PAT, 4);
        assertThat(sent).extracting(FakeBotApi.Call::text).containsOnly(rendered(ScriptedReplies.coreSays("/help")).get(0));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    // ---- failures inside the bot ------------------------------------------------------------

    @Test
    void aHandlerThatThrowsGetsTheUserAnApologyAndPollingGoesOn() {
        String secret = "my private question about my spine";
        replies.on(secret, () -> {
            throw new IllegalStateException("cannot handle: " + secret);
        });
        startDoor();
        telegram.push(privateText(PAT, secret));
        assertThat(telegram.awaitSent(PAT, 1).get(0).text()).isEqualTo(Html.escape(DoorTexts.APOLOGY));
        telegram.push(privateText(PAT, "/help"));
        assertThat(telegram.awaitSent(PAT, 2).get(1).text()).isEqualTo(rendered(ScriptedReplies.coreSays("/help")).get(0));
        assertThat(logs.at("ERROR")).isNotEmpty();
        assertThat(logs.everything()).doesNotContain(secret).doesNotContain(FakeBotApi.TOKEN.substring(10));
    }

    // ---- shutdown ---------------------------------------------------------------------------

    @Test
    void closeFinishesRepliesInFlightConfirmsHandledUpdatesAndIsQuick() throws Exception {
        CountDownLatch coreBusy = new CountDownLatch(1);
        replies.on("slow question", () -> {
            coreBusy.countDown();
            try {
                Thread.sleep(300); // a core that takes a moment: the reply must still go out
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.of(ReplyKind.FALLBACK, "late but here");
        });
        startDoor();
        int id = telegram.push(privateText(PAT, "slow question"));
        assertThat(coreBusy.await(10, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        door.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(texts(telegram.sentTo(PAT))).containsExactly("late but here");
        List<FakeBotApi.Call> polls = telegram.calls("getUpdates");
        assertThat(polls.get(polls.size() - 1).body().path("offset").asInt()).isEqualTo(id + 1);
    }
}

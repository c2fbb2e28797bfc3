package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.telegram.FakeBotApi.privateText;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backcoach.assistant.Assistant;
import org.backcoach.assistant.Reply;
import org.backcoach.console.AskCommand;
import org.backcoach.console.ConsoleChat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One core, many doors: the console, {@code ask} and Telegram give the same reply text for the same message. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SameReplyEveryDoorTest {
    private static final List<String> MESSAGES = List.of(
            "how often should I train?",
            "my back is flaring up, should I still lift?",
            "I can't feel my bum on the toilet seat since yesterday",
            "best pizza in town",
            "thanks!",
            "/flareup",
            "are deadlifts & cleans <really> that bad?");

    private FakeBotApi telegram;
    private TelegramDoor door;

    @BeforeEach
    void setUp() throws Exception {
        telegram = new FakeBotApi();
    }

    @AfterEach
    void tearDown() {
        if (door != null) {
            door.close();
        }
        telegram.close();
    }

    @Test
    void consoleAskAndTelegramSayTheSame() throws Exception {
        Assistant core = ScriptedReplies.CORE;
        VirtualTime time = new VirtualTime();
        TelegramDoor.Options options = time.doorOptions(RateLimits.TELEGRAM);
        door = TelegramDoor.start(telegram.settings(), Replies.of(core), options);
        AskCommand ask = new AskCommand(core);

        for (int i = 0; i < MESSAGES.size(); i++) {
            String message = MESSAGES.get(i);
            Reply viaAsk = ask.ask(message);

            String viaConsole = console(core, message);
            assertThat(viaConsole).as("console reply to %s", message).contains(viaAsk.text());

            long chat = 5_000_000_000L + i;
            telegram.push(privateText(chat, message));
            List<String> sent = telegram.awaitSent(chat, 1).stream().map(FakeBotApi.Call::text).toList();
            assertThat(sent).as("Telegram reply to %s", message).containsExactly(Html.escape(viaAsk.text()));
        }
    }

    private static String console(Assistant core, String message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleChat(core).run(new BufferedReader(new StringReader(message + "\n")),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

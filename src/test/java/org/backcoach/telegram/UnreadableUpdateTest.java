package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.telegram.FakeBotApi.privateText;
import static org.backcoach.telegram.FakeBotApi.update;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An update the library cannot read is skipped; the users after it still get their answers. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnreadableUpdateTest {
    private static final long PAT = 111_222_333_444L;

    @Test
    void anUnreadableUpdateDoesNotBlockTheOnesAfterIt() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi()) {
            VirtualTime time = new VirtualTime();
            TelegramDoor.Options options = time.doorOptions(RateLimits.TELEGRAM);
            ObjectNode broken = JsonNodeFactory.instance.objectNode();
            broken.put("message_id", 9).put("date", "not a date").putObject("chat").put("id", "not a number");
            telegram.push(update("message", broken));
            telegram.push(privateText(PAT, "/help"));
            TelegramDoor door = TelegramDoor.start(telegram.settings(),
                    Replies.of(ScriptedReplies.CORE), options);
            try {
                assertThat(telegram.awaitSent(PAT, 1)).hasSize(1);
            } finally {
                door.close();
            }
        }
    }
}

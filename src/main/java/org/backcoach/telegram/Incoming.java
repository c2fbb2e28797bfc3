package org.backcoach.telegram;

import java.util.Optional;

/** What an update asks of the bot, after the Telegram-specific sorting. */
sealed interface Incoming {

    /** A text for the core (or a command), already addressed to us; mentions of the bot removed. */
    record Text(ReplyRenderer.Target target, String text) implements Incoming {
    }

    /** A photo, sticker, voice message or other content the bot cannot read. */
    record NonText(ReplyRenderer.Target target) implements Incoming {
    }

    /** A tap on an inline button. {@code chatId} is empty for buttons under inline-mode messages. */
    record Callback(String queryId, Optional<Long> chatId, String data) implements Incoming {
    }

    /** Nothing to do: edits, channel posts, service messages, group chatter, other bots. */
    record Ignored(String why) implements Incoming {
    }
}

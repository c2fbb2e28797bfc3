package org.backcoach.telegram;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backcoach.assistant.Reply;
import org.backcoach.assistant.ReplyKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns a reply into the sendMessage calls that show it: HTML-escaped, split below Telegram's
 * limit, and under an answer an inline keyboard with up to three related topics and 👍/👎.
 */
final class ReplyRenderer {
    private static final Logger log = LoggerFactory.getLogger(ReplyRenderer.class);
    static final int MAX_TOPICS = 3;
    static final int MAX_LABEL = 60;

    private final int limit;

    ReplyRenderer(int limit) {
        this.limit = limit;
    }

    /** Where a reply goes: the chat, the forum topic if any, and in groups the message it answers. */
    record Target(long chatId, Optional<Integer> threadId, Optional<Integer> replyTo) {
        static Target chat(long chatId) {
            return new Target(chatId, Optional.empty(), Optional.empty());
        }
    }

    /** The messages for {@code text} with the given keyboard under the last part (the door's own replies). */
    List<SendMessage> render(Target target, String text, Optional<InlineKeyboardMarkup> keyboard) {
        List<String> parts = MessageSplitter.split(text, limit);
        List<SendMessage> messages = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
                    .chatId(target.chatId())
                    .text(Html.escape(parts.get(i)))
                    .parseMode(ParseMode.HTML);
            target.threadId().ifPresent(message::messageThreadId);
            if (i == 0) {
                target.replyTo().ifPresent(id -> message.replyParameters(
                        ReplyParameters.builder().messageId(id).allowSendingWithoutReply(true).build()));
            }
            if (i == parts.size() - 1) {
                keyboard.ifPresent(message::replyMarkup);
            }
            messages.add(message.build());
        }
        return messages;
    }

    /** One row of time buttons, e.g. 07:00 08:00 12:00 18:00 20:00, each carrying {@code s:HH:MM}. */
    static InlineKeyboardMarkup timeKeyboard(List<LocalTime> times) {
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (LocalTime time : times) {
            row.add(button(String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute()),
                    new CallbackData.SubscribeAt(time)));
        }
        return InlineKeyboardMarkup.builder().keyboardRow(row).build();
    }

    List<SendMessage> render(Target target, Reply reply) {
        if (MessageSplitter.split(reply.text(), limit).isEmpty()) {
            log.warn("a {} reply has no text; nothing sent", reply.kind().wireName());
            return List.of();
        }
        Optional<InlineKeyboardMarkup> keyboard;
        if (reply.kind() == ReplyKind.ANSWER || reply.kind() == ReplyKind.TIP) {
            keyboard = Optional.of(keyboard(reply, true));
        } else if (reply.kind() == ReplyKind.FALLBACK && !reply.related().isEmpty()) {
            keyboard = Optional.of(keyboard(reply, false)); // the nearest topics, one tap away
        } else {
            keyboard = Optional.empty();
        }
        return render(target, reply.text(), keyboard);
    }

    /** Related topics, one button each, then 👍/👎 when {@code feedback} (answers and tips; not the fallback). */
    private static InlineKeyboardMarkup keyboard(Reply reply, boolean feedback) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (Reply.Topic topic : reply.related()) {
            if (rows.size() == MAX_TOPICS) {
                break;
            }
            CallbackData data = new CallbackData.Topic(topic.sectionId());
            if (!data.fits()) {
                log.warn("section id {} is too long for a button's callback data; topic not offered", topic.sectionId());
                continue;
            }
            rows.add(new InlineKeyboardRow(button(label(topic.label()), data)));
        }
        if (!feedback) {
            return InlineKeyboardMarkup.builder().keyboard(rows).build();
        }
        Optional<String> source = reply.sources().stream().findFirst()
                .filter(id -> new CallbackData.Feedback(true, Optional.of(id)).fits());
        rows.add(new InlineKeyboardRow(
                button("👍", new CallbackData.Feedback(true, source)),
                button("👎", new CallbackData.Feedback(false, source))));
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(String text, CallbackData data) {
        return InlineKeyboardButton.builder().text(text).callbackData(data.encode()).build();
    }

    private static String label(String label) {
        String clean = label.strip();
        if (clean.isEmpty()) {
            return "More";
        }
        if (clean.codePointCount(0, clean.length()) <= MAX_LABEL) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, MAX_LABEL - 1)).strip() + "…";
    }
}

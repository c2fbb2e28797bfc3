package org.backcoach.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Sorts updates: which to answer, which to refuse politely, which to ignore. In private chats every
 * message is for us; in groups only commands, messages that mention the bot and replies to the bot.
 */
final class UpdateClassifier {

    /** Who we are, from getMe: for mentions and replies in groups. */
    record BotIdentity(long id, String username) {
    }

    private final BotIdentity me;

    UpdateClassifier(BotIdentity me) {
        this.me = me;
    }

    Incoming classify(Update update) {
        if (update.hasCallbackQuery()) {
            return callback(update.getCallbackQuery());
        }
        if (update.hasMessage()) {
            return message(update.getMessage());
        }
        if (update.hasEditedMessage()) {
            return new Incoming.Ignored("edited message");
        }
        if (update.hasChannelPost() || update.hasEditedChannelPost()) {
            return new Incoming.Ignored("channel post");
        }
        return new Incoming.Ignored("unsupported update type");
    }

    private Incoming callback(CallbackQuery query) {
        Optional<Long> chatId = Optional.ofNullable(query.getMessage()).map(m -> m.getChatId());
        return new Incoming.Callback(query.getId(), chatId, query.getData() == null ? "" : query.getData());
    }

    private Incoming message(Message message) {
        Chat chat = message.getChat();
        if (chat == null || chat.getId() == null) {
            return new Incoming.Ignored("message without chat");
        }
        String type = chat.getType() == null ? "" : chat.getType();
        if (type.equals("channel")) {
            return new Incoming.Ignored("channel post");
        }
        User from = message.getFrom();
        if (from != null && Boolean.TRUE.equals(from.getIsBot())) {
            return new Incoming.Ignored("message from a bot");
        }
        boolean group = type.equals("group") || type.equals("supergroup");
        Optional<Integer> thread = Boolean.TRUE.equals(message.getIsTopicMessage())
                ? Optional.ofNullable(message.getMessageThreadId()) : Optional.empty();
        ReplyRenderer.Target target = new ReplyRenderer.Target(chat.getId(), thread,
                group ? Optional.ofNullable(message.getMessageId()) : Optional.empty());

        if (message.hasText()) {
            String text = message.getText();
            if (!group) {
                return new Incoming.Text(target, text);
            }
            Optional<Command> command = Command.parse(text);
            if (command.isPresent()) {
                return command.get().addressedTo(me.username())
                        ? new Incoming.Text(target, text)
                        : new Incoming.Ignored("command for another bot");
            }
            Optional<String> unmentioned = withoutMention(text, message.getEntities());
            if (unmentioned.isPresent()) {
                String rest = unmentioned.get().strip();
                return new Incoming.Text(target, rest.isEmpty() ? "/help" : rest);
            }
            if (repliesToMe(message)) {
                return new Incoming.Text(target, text);
            }
            return new Incoming.Ignored("group chatter");
        }
        if (hasUnreadableContent(message)) {
            if (!group || repliesToMe(message) || withoutMention(message.getCaption() == null ? "" : message.getCaption(),
                    message.getCaptionEntities()).isPresent()) {
                return new Incoming.NonText(target);
            }
            return new Incoming.Ignored("group media");
        }
        return new Incoming.Ignored("service message");
    }

    private boolean repliesToMe(Message message) {
        Message replyTo = message.getReplyToMessage();
        return replyTo != null && replyTo.getFrom() != null && replyTo.getFrom().getId() != null
                && replyTo.getFrom().getId() == me.id();
    }

    /** The text with our @mention removed, or empty when the text does not mention us. */
    private Optional<String> withoutMention(String text, List<MessageEntity> entities) {
        String handle = "@" + me.username().toLowerCase(Locale.ROOT);
        if (entities != null) {
            for (MessageEntity entity : entities) {
                int start = entity.getOffset() == null ? -1 : entity.getOffset();
                int end = entity.getLength() == null ? -1 : start + entity.getLength();
                if (start < 0 || end > text.length() || end <= start) {
                    continue;
                }
                boolean mention = "mention".equals(entity.getType())
                        && text.substring(start, end).toLowerCase(Locale.ROOT).equals(handle);
                boolean textMention = "text_mention".equals(entity.getType()) && entity.getUser() != null
                        && entity.getUser().getId() != null && entity.getUser().getId() == me.id();
                if (mention || textMention) {
                    return Optional.of(text.substring(0, start) + text.substring(end));
                }
            }
        }
        int at = text.toLowerCase(Locale.ROOT).indexOf(handle);
        if (at >= 0) {
            int end = at + handle.length();
            boolean wordEnds = end == text.length() || !isUsernameChar(text.charAt(end));
            if (wordEnds) {
                return Optional.of(text.substring(0, at) + text.substring(end));
            }
        }
        return Optional.empty();
    }

    private static boolean isUsernameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean hasUnreadableContent(Message m) {
        return m.hasPhoto() || m.hasSticker() || m.hasVoice() || m.hasDocument() || m.hasVideo() || m.hasAudio()
                || m.hasAnimation() || m.hasVideoNote() || m.hasContact() || m.hasLocation() || m.getVenue() != null
                || m.hasPoll() || m.hasDice() || m.hasGame() || m.hasStory() || m.hasPaidMedia() || m.hasChecklist()
                || m.hasInvoice();
    }

    /**
     * A bot command at the start of a message: {@code /name}, {@code /name@bot}, then arguments.
     *
     * @param name   lower-case name without the slash
     * @param target the bot named after {@code @}, empty when none
     */
    record Command(String name, Optional<String> target) {
        static Optional<Command> parse(String text) {
            if (!text.startsWith("/")) {
                return Optional.empty();
            }
            int end = 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String token = text.substring(1, end);
            int at = token.indexOf('@');
            String name = (at < 0 ? token : token.substring(0, at)).toLowerCase(Locale.ROOT);
            if (!name.matches("[a-z0-9_]{1,32}")) {
                return Optional.empty();
            }
            return Optional.of(new Command(name, at < 0 ? Optional.empty() : Optional.of(token.substring(at + 1))));
        }

        boolean addressedTo(String username) {
            return target.map(t -> t.equalsIgnoreCase(username)).orElse(true);
        }
    }
}

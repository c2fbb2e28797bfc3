package org.backcoach.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.backcoach.assistant.Conversation;
import org.backcoach.assistant.Reply;
import org.backcoach.assistant.ReplyKind;
import org.backcoach.ops.Metrics;
import org.backcoach.stats.StatsCommand;
import org.backcoach.store.StoreException;
import org.backcoach.tips.SubscriptionCommands;
import org.backcoach.tips.TipsAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Acts on one sorted update: one small method per kind of input, like one handler per command.
 * Runs on a chat lane, so one chat's updates never overlap. Never throws, and never logs what a
 * user wrote.
 */
final class UpdateHandler {
    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

    private final Replies replies;
    private final Conversations conversations;
    private final Sender sender;
    private final ReplyRenderer renderer;
    private final String botUsername;
    private final DoorMemory memory;
    private final Optional<SubscriptionCommands> tips;
    private final Optional<StatsCommand> stats;
    private final Metrics metrics;
    // When the update being handled arrived. A handler runs start to end on one lane thread, and every
    // send it makes reads this on that thread, so the reply's latency needs no parameter threaded through.
    private final ThreadLocal<Long> receivedAt = ThreadLocal.withInitial(System::nanoTime);

    UpdateHandler(Replies replies, Conversations conversations, Sender sender, ReplyRenderer renderer, String botUsername,
                  DoorMemory memory, Optional<SubscriptionCommands> tips) {
        this(replies, conversations, sender, renderer, botUsername, memory, tips, Optional.empty(), new Metrics());
    }

    UpdateHandler(Replies replies, Conversations conversations, Sender sender, ReplyRenderer renderer, String botUsername,
                  DoorMemory memory, Optional<SubscriptionCommands> tips, Optional<StatsCommand> stats, Metrics metrics) {
        this.replies = replies;
        this.conversations = conversations;
        this.sender = sender;
        this.renderer = renderer;
        this.botUsername = botUsername;
        this.memory = memory;
        this.tips = tips;
        this.stats = stats;
        this.metrics = metrics;
    }

    void handle(int updateId, Incoming incoming) {
        handle(updateId, incoming, System.nanoTime());
    }

    /** @param receivedNanos {@link System#nanoTime()} when the update arrived, for the reply latency */
    void handle(int updateId, Incoming incoming, long receivedNanos) {
        receivedAt.set(receivedNanos);
        try {
            if (incoming instanceof Incoming.Ignored ignored) {
                log.debug("update {} ignored: {}", updateId, ignored.why());
                return;
            }
            if (!firstTime(updateId)) {
                log.info("update {} was taken on before a restart; not answered again", updateId);
                return;
            }
            chatOf(incoming).ifPresent(this::wroteToUs);
            if (incoming instanceof Incoming.Text text) {
                onText(text);
            } else if (incoming instanceof Incoming.NonText nonText) {
                send(nonText.target(), door(DoorTexts.ONLY_TEXT));
            } else if (incoming instanceof Incoming.Callback callback) {
                onCallback(callback);
            }
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError vmError) {
                throw vmError;
            }
            // Exception messages from deeper down may quote the user's text: log the trace without them.
            log.error("update {} failed; the user gets an apology", updateId, LogSafe.withoutMessages(e));
            apologise(incoming);
        } finally {
            receivedAt.remove();
        }
    }

    private void onText(Incoming.Text input) {
        ReplyRenderer.Target target = input.target();
        long chatId = target.chatId();
        Conversation conversation = conversations.of(chatId);
        Optional<UpdateClassifier.Command> command = UpdateClassifier.Command.parse(input.text())
                .filter(c -> c.addressedTo(botUsername));
        if (command.isPresent() && tips.isPresent()) {
            Optional<TipsAnswer> answer = tipsCommand(tips.get(), command.get().name(), chatId, arguments(input.text()));
            if (answer.isPresent()) {
                send(target, answer.get());
                return;
            }
        }
        if (command.isPresent() && command.get().name().equals("stats")) {
            // Admins only; anyone else falls through to the core's unknown-command reply.
            Optional<String> figures = stats.flatMap(s -> s.answer(chatId));
            if (figures.isPresent()) {
                send(target, door(figures.get()));
                return;
            }
        }
        Reply reply;
        if (command.isEmpty()) {
            reply = replies.reply(conversation, input.text());
            logAnswered(reply);
        } else {
            String name = command.get().name();
            reply = switch (name) {
                // The core knows these; the door only drops "@bot" and deep-link arguments.
                case "start", "help", "flareup", "tip" -> replies.reply(conversation, "/" + name);
                case "subscribe" -> door(DoorTexts.SUBSCRIBE_NOT_YET);
                case "unsubscribe" -> door(DoorTexts.UNSUBSCRIBE_NOT_YET);
                case "settings" -> door(DoorTexts.SETTINGS_NOT_YET);
                case "forget" -> {
                    conversations.forget(chatId);
                    yield door(DoorTexts.FORGET_NOT_YET);
                }
                default -> replies.reply(conversation, input.text());
            };
        }
        send(target, reply);
    }

    /** The subscription commands, when daily tips are on; empty for any other command. */
    private Optional<TipsAnswer> tipsCommand(SubscriptionCommands commands, String name, long chatId, String arguments) {
        return switch (name) {
            case "subscribe" -> Optional.of(commands.subscribe(chatId, arguments));
            case "unsubscribe" -> Optional.of(commands.unsubscribe(chatId));
            case "settings" -> Optional.of(commands.settings(chatId));
            case "forget" -> {
                conversations.forget(chatId);
                yield Optional.of(commands.forget(chatId));
            }
            default -> Optional.empty();
        };
    }

    private void logAnswered(Reply reply) {
        try {
            memory.answered(reply);
        } catch (StoreException e) {
            log.warn("could not log a {} reply for /stats: {}", reply.kind().wireName(), e.getMessage());
        }
    }

    /** What follows the command word: {@code "07:30 Europe/Berlin"} from {@code "/subscribe@Bot 07:30 Europe/Berlin"}. */
    static String arguments(String text) {
        String[] parts = text.strip().split("\\s+", 2);
        return parts.length < 2 ? "" : parts[1].strip();
    }

    private boolean firstTime(int updateId) {
        try {
            return memory.firstTime(updateId);
        } catch (StoreException e) {
            // Better a rare double answer than no answer while the database is away.
            log.warn("could not record update {} ({}); answering it anyway", updateId, e.getMessage());
            return true;
        }
    }

    /** A chat that writes has not blocked the bot (any more): sending to it may resume. */
    private void wroteToUs(long chatId) {
        if (sender.reactivate(chatId)) {
            log.info("chat {} wrote again after a 403: it is active again", chatId);
            try {
                memory.chatActive(chatId);
            } catch (StoreException e) {
                log.warn("could not record chat {} as active again: {}", chatId, e.getMessage());
            }
        }
    }

    private static Optional<Long> chatOf(Incoming incoming) {
        if (incoming instanceof Incoming.Text text) {
            return Optional.of(text.target().chatId());
        }
        if (incoming instanceof Incoming.NonText nonText) {
            return Optional.of(nonText.target().chatId());
        }
        if (incoming instanceof Incoming.Callback callback) {
            return callback.chatId();
        }
        return Optional.empty();
    }

    private void onCallback(Incoming.Callback callback) {
        Optional<CallbackData> data = CallbackData.decode(callback.data());
        Optional<Long> chatId = callback.chatId();
        String toast = data.filter(d -> d instanceof CallbackData.Feedback).isPresent() ? DoorTexts.FEEDBACK_THANKS : null;
        AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(callback.queryId()).text(toast).build();
        if (chatId.isPresent()) {
            sender.callbackAnswer(chatId.get(), answer);
        } else {
            sender.system(answer);
        }
        if (data.isEmpty()) {
            log.debug("callback with unknown data answered and ignored");
            return;
        }
        if (data.get() instanceof CallbackData.Feedback feedback) {
            log.info("feedback {} on section {}", feedback.helpful() ? "helpful" : "not helpful",
                    feedback.sectionId().orElse("(unknown)"));
            if (chatId.isPresent() && feedback.sectionId().isPresent()) {
                memory.feedback(chatId.get(), feedback.sectionId().get(), feedback.helpful());
            }
        } else if (data.get() instanceof CallbackData.SubscribeAt at && chatId.isPresent()) {
            ReplyRenderer.Target target = ReplyRenderer.Target.chat(chatId.get());
            if (tips.isPresent()) {
                send(target, tips.get().subscribeAt(chatId.get(), at.time()));
            } else {
                send(target, door(DoorTexts.SUBSCRIBE_NOT_YET));
            }
        } else if (data.get() instanceof CallbackData.Topic topic && chatId.isPresent()) {
            Reply reply = replies.aboutTopic(conversations.of(chatId.get()), topic.sectionId());
            send(ReplyRenderer.Target.chat(chatId.get()), reply);
        }
    }

    private void apologise(Incoming incoming) {
        try {
            if (incoming instanceof Incoming.Text text) {
                send(text.target(), door(DoorTexts.APOLOGY));
            } else if (incoming instanceof Incoming.NonText nonText) {
                send(nonText.target(), door(DoorTexts.APOLOGY));
            } else if (incoming instanceof Incoming.Callback callback) {
                callback.chatId().ifPresent(id -> send(ReplyRenderer.Target.chat(id), door(DoorTexts.APOLOGY)));
            }
        } catch (RuntimeException e) {
            log.error("the apology could not be sent either: {}", e.getClass().getName());
        }
    }

    private void send(ReplyRenderer.Target target, Reply reply) {
        metrics.replied(reply.kind(), reply.escalation());
        List<SendMessage> messages = renderer.render(target, reply);
        long received = receivedAt.get();
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            sender.toChat(target.chatId(), messages.get(i)).whenComplete((sent, error) -> {
                if (error != null) {
                    log.debug("a {} reply to chat {} was not delivered: {}", reply.kind().wireName(), target.chatId(), error.getMessage());
                } else if (last) {
                    metrics.replyLatency(Duration.ofNanos(System.nanoTime() - received));
                }
            });
        }
    }

    private void send(ReplyRenderer.Target target, TipsAnswer answer) {
        metrics.replied(ReplyKind.COMMAND, Optional.empty());
        Optional<InlineKeyboardMarkup> keyboard = answer.timeChoices().isEmpty()
                ? Optional.empty() : Optional.of(ReplyRenderer.timeKeyboard(answer.timeChoices()));
        for (SendMessage message : renderer.render(target, answer.text(), keyboard)) {
            sender.toChat(target.chatId(), message).whenComplete((sent, error) -> {
                if (error != null) {
                    log.debug("a subscription reply to chat {} was not delivered: {}", target.chatId(), error.getMessage());
                }
            });
        }
    }

    private static Reply door(String text) {
        return Reply.of(ReplyKind.COMMAND, text);
    }
}

package org.backcoach.telegram;

import java.util.List;
import java.util.Optional;
import org.backcoach.assistant.Conversation;
import org.backcoach.assistant.Reply;
import org.backcoach.assistant.ReplyKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

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

    UpdateHandler(Replies replies, Conversations conversations, Sender sender, ReplyRenderer renderer, String botUsername) {
        this.replies = replies;
        this.conversations = conversations;
        this.sender = sender;
        this.renderer = renderer;
        this.botUsername = botUsername;
    }

    void handle(int updateId, Incoming incoming) {
        try {
            if (incoming instanceof Incoming.Text text) {
                onText(text);
            } else if (incoming instanceof Incoming.NonText nonText) {
                send(nonText.target(), door(DoorTexts.ONLY_TEXT));
            } else if (incoming instanceof Incoming.Callback callback) {
                onCallback(callback);
            } else if (incoming instanceof Incoming.Ignored ignored) {
                log.debug("update {} ignored: {}", updateId, ignored.why());
            }
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError vmError) {
                throw vmError;
            }
            // Exception messages from deeper down may quote the user's text: log the trace without them.
            log.error("update {} failed; the user gets an apology", updateId, LogSafe.withoutMessages(e));
            apologise(incoming);
        }
    }

    private void onText(Incoming.Text input) {
        ReplyRenderer.Target target = input.target();
        long chatId = target.chatId();
        Conversation conversation = conversations.of(chatId);
        Optional<UpdateClassifier.Command> command = UpdateClassifier.Command.parse(input.text())
                .filter(c -> c.addressedTo(botUsername));
        Reply reply;
        if (command.isEmpty()) {
            reply = replies.reply(conversation, input.text());
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
            // TODO(feedback store): keep it for the content editors once the store exists.
            log.info("feedback {} on section {}", feedback.helpful() ? "helpful" : "not helpful",
                    feedback.sectionId().orElse("(unknown)"));
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
        List<SendMessage> messages = renderer.render(target, reply);
        for (SendMessage message : messages) {
            sender.toChat(target.chatId(), message).whenComplete((sent, error) -> {
                if (error != null) {
                    log.debug("a {} reply to chat {} was not delivered: {}", reply.kind().wireName(), target.chatId(), error.getMessage());
                }
            });
        }
    }

    private static Reply door(String text) {
        return Reply.of(ReplyKind.COMMAND, text);
    }
}

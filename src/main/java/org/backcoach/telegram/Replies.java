package org.backcoach.telegram;

import java.util.Objects;
import org.backcoach.assistant.Assistant;
import org.backcoach.assistant.Conversation;
import org.backcoach.assistant.Reply;

/**
 * What the Telegram door needs from the answering core. {@link #of(Assistant)} adapts the core;
 * tests substitute their own.
 */
public interface Replies {

    /** The reply to any text a user sends, commands such as {@code /start} included. Never throws. */
    Reply reply(Conversation conversation, String text);

    /** The reply to a tap on a related-topic button. */
    Reply aboutTopic(Conversation conversation, String sectionId);

    /** The daily tip at rotation {@code position}. */
    Reply dailyTip(long position);

    /** Adapts the core. A tap on a topic the corpus no longer has gets the help text. */
    static Replies of(Assistant assistant) {
        Objects.requireNonNull(assistant, "assistant");
        return new Replies() {
            @Override
            public Reply reply(Conversation conversation, String text) {
                return assistant.reply(conversation, text);
            }

            @Override
            public Reply aboutTopic(Conversation conversation, String sectionId) {
                return assistant.aboutTopic(sectionId).orElseGet(assistant::help);
            }

            @Override
            public Reply dailyTip(long position) {
                return assistant.dailyTip(position);
            }
        };
    }
}

package org.backcoach.telegram;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * Adapts the core. Until the core has {@code aboutTopic(Conversation, String)}, a topic tap asks
     * the core about the topic's label, remembered from the replies that offered it.
     */
    static Replies of(Assistant assistant) {
        Objects.requireNonNull(assistant, "assistant");
        return new Replies() {
            // Section ids come from the corpus, so this stays as small as the corpus.
            private final Map<String, String> labels = new ConcurrentHashMap<>();

            @Override
            public Reply reply(Conversation conversation, String text) {
                return remember(assistant.reply(conversation, text));
            }

            @Override
            public Reply aboutTopic(Conversation conversation, String sectionId) {
                // TODO(core): return assistant.aboutTopic(conversation, sectionId) once it exists.
                return remember(assistant.reply(conversation, labels.getOrDefault(sectionId, sectionId)));
            }

            private Reply remember(Reply reply) {
                reply.related().forEach(topic -> labels.put(topic.sectionId(), topic.label()));
                return reply;
            }
        };
    }
}

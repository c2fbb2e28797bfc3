package org.backcoach.telegram;

import java.util.LinkedHashMap;
import java.util.Map;
import org.backcoach.assistant.Conversation;

/** One {@link Conversation} per chat, the least recently used forgotten beyond {@code capacity}. */
final class Conversations {
    private final Map<Long, Conversation> byChat;

    Conversations(int capacity) {
        this.byChat = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Conversation> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Conversation of(long chatId) {
        return byChat.computeIfAbsent(chatId, id -> new Conversation());
    }

    synchronized void forget(long chatId) {
        byChat.remove(chatId);
    }

    synchronized int size() {
        return byChat.size();
    }
}

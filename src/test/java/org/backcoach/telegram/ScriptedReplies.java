package org.backcoach.telegram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.backcoach.assistant.Assistant;
import org.backcoach.assistant.Conversation;
import org.backcoach.assistant.Reply;

/**
 * The real core, except for texts a test scripts (to get an escalation, a long answer, related
 * topics or an exception whatever the corpus says). Records what the core was asked.
 */
final class ScriptedReplies implements Replies {
    static final Assistant CORE = Assistant.load(Path.of("corpus"));

    private final Replies core = Replies.of(CORE);
    private final Map<String, Supplier<Reply>> byText = new ConcurrentHashMap<>();
    private final Map<String, Supplier<Reply>> byTopic = new ConcurrentHashMap<>();
    final List<String> asked = Collections.synchronizedList(new ArrayList<>());
    final List<String> topics = Collections.synchronizedList(new ArrayList<>());

    ScriptedReplies on(String text, Reply reply) {
        byText.put(text, () -> reply);
        return this;
    }

    ScriptedReplies on(String text, Supplier<Reply> reply) {
        byText.put(text, reply);
        return this;
    }

    ScriptedReplies onTopic(String sectionId, Reply reply) {
        byTopic.put(sectionId, () -> reply);
        return this;
    }

    @Override
    public Reply reply(Conversation conversation, String text) {
        asked.add(text);
        Supplier<Reply> scripted = byText.get(text);
        return scripted != null ? scripted.get() : core.reply(conversation, text);
    }

    @Override
    public Reply aboutTopic(Conversation conversation, String sectionId) {
        topics.add(sectionId);
        Supplier<Reply> scripted = byTopic.get(sectionId);
        return scripted != null ? scripted.get() : core.aboutTopic(conversation, sectionId);
    }

    @Override
    public Reply dailyTip(long position) {
        return core.dailyTip(position);
    }

    /** What the real core says to {@code text} in a fresh conversation. */
    static Reply coreSays(String text) {
        return CORE.reply(new Conversation(), text);
    }
}

package org.backcoach.assistant;

import java.nio.file.Path;

/**
 * Turns a user's text into a reply. Knows nothing of Telegram or the console.
 * (Work in progress: retrieval and triage are being wired in.)
 */
public final class Assistant {

    private Assistant() {
    }

    /** Loads the corpus from {@code corpusDir} and builds the search index. */
    public static Assistant load(Path corpusDir) {
        return new Assistant();
    }

    /** Replies to any text, commands included ({@code /start}, {@code /help}, {@code /flareup}, {@code /tip}). Never throws. */
    public Reply reply(Conversation conversation, String text) {
        return Reply.of(ReplyKind.FALLBACK, "I can't answer that yet.");
    }

    public Reply start() {
        return Reply.of(ReplyKind.COMMAND, "Welcome to BackCoach.");
    }

    public Reply help() {
        return Reply.of(ReplyKind.COMMAND, "Ask me about strength training with back pain.");
    }

    public Reply flareUp() {
        return Reply.of(ReplyKind.COMMAND, "Flare-up advice.");
    }

    public Reply tip(Conversation conversation) {
        return Reply.of(ReplyKind.COMMAND, "A tip.");
    }
}

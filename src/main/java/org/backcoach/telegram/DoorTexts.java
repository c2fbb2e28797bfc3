package org.backcoach.telegram;

/**
 * The few texts the Telegram door says itself. Everything about back pain comes from the core;
 * these only explain what the door can and cannot do.
 */
final class DoorTexts {
    private DoorTexts() {
    }

    static final String ONLY_TEXT =
            "I can only read text questions. Please type your question, or send /help to see what I can answer.";

    static final String APOLOGY =
            "Sorry, something went wrong on my side while answering. Please try again in a moment.";

    static final String SUBSCRIBE_NOT_YET =
            "Daily tips are not available yet, so I can't subscribe you. Send /tip for a tip right now.";

    static final String UNSUBSCRIBE_NOT_YET =
            "Daily tips are not available yet, so there is no subscription to cancel.";

    static final String FORGET_NOT_YET =
            "Subscriptions are not available yet, so nothing about you is saved. "
                    + "I have also cleared what I remembered of this chat since the bot last restarted.";

    static final String SETTINGS_NOT_YET =
            "There are no settings yet: the time of your daily tip will be set here once daily tips are available.";

    static final String FEEDBACK_THANKS = "Thanks for the feedback!";
}

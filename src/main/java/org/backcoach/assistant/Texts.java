package org.backcoach.assistant;

/**
 * The bot's own fixed words: everything it says that is not corpus guidance or a safety
 * escalation. Kept together so an editor can review them in one place.
 */
final class Texts {
    private Texts() {
    }

    static final String DISCLAIMER =
            "BackCoach gives general guidance from a curated article; it is not a substitute for a doctor "
            + "or physiotherapist. If you have a spinal fracture, a tumour or recent back surgery, "
            + "see your doctor before you start strength training.";

    static final String WELCOME =
            "Hi, I'm BackCoach. I answer questions about strength training with low back pain: "
            + "whether it is safe, how often to train, which muscles to work, what to avoid, "
            + "soreness, flare-ups and more. Every answer comes from a curated article and says where.\n\n"
            + "If you report warning signs (for example numbness, leg weakness, bladder problems, "
            + "or a sharp pain while lifting) I will tell you to get help instead of answering.\n\n"
            + DISCLAIMER + "\n\n"
            + "Type a question, or try /help.";

    static final String ABOUT =
            "Every answer I give is quoted from a curated article on strength training with back pain, "
            + "and each one says which part of the article it comes from. I don't make up advice.\n\n"
            + DISCLAIMER;

    static final String DAILY_TIPS =
            "On Telegram I can send you one tip a day: /subscribe 07:30 Europe/Berlin picks the time and "
            + "your time zone, /settings shows what you chose, and /unsubscribe stops it. "
            + "/tip gives you a tip right now.";

    static final String COMMANDS =
            "/help - what I can do and example questions\n"
            + "/flareup - what to do when your back pain flares up\n"
            + "/tip - a strength-training tip";

    static final String EXAMPLES =
            "Example questions:\n"
            + "- Is it safe to lift weights with back pain?\n"
            + "- How often should I train, and for how long?\n"
            + "- Which exercises should I avoid?\n"
            + "- Can I train at home without a gym?\n"
            + "- I'm sore after my first session, is that normal?";

    static final String HELP = "Ask me anything about strength training with low back pain.\n\n"
            + COMMANDS + "\n\n" + EXAMPLES;

    static final String FALLBACK_INTRO =
            "Sorry, I don't have guidance on that. I can only answer from my article on strength "
            + "training with back pain, and I won't guess. I can help with:";

    static final String FALLBACK_OUTRO = "Ask about one of these, or type /help.";

    /** For "write me a programme": what the article offers instead, with no programme invented. */
    static final String NO_PROGRAMMES =
            "I can't write a programme or plan for you: I only share the guidance in my article, and it "
            + "gives principles rather than workouts. I can tell you how often to train, which muscles to "
            + "focus on, which moves to avoid, how to choose weights and reps, and how to warm up. "
            + "Ask about any of those, or type /help.";

    static final String STUDIES_INTRO = "The studies the article cites:";

    /** For "what's wrong with me?": no diagnosis, and who can give one. */
    static final String NO_DIAGNOSIS =
            "I can't tell what is causing your pain: only a doctor or physiotherapist who examines you can. "
            + "What I can share is my article's guidance on strength training with back pain: whether it is safe, "
            + "how often to train, which moves to avoid, how to tell ordinary soreness from sharp pain, and what "
            + "to do during a flare-up. Ask about any of those, or type /help.";

    static final String EMPTY =
            "I didn't catch a question there. Type what you'd like to know about strength training "
            + "with back pain, for example: \"How often should I train?\"";

    static final String UNKNOWN_COMMAND = "I don't know that command.\n\n" + COMMANDS;

    static final String FLARE_UP_SAFETY =
            "If the pain is sharp or sudden, or you notice numbness, leg weakness, or bladder or bowel "
            + "changes, stop and get medical help.";

    static final String OVERVIEW_INTRO = "The main points, in the article's own words:";
    static final String ALSO_RELEVANT = "This may also be what you're after:";

    static final String GREETING = "Hello! Ask me anything about strength training with back pain, or type /help.";
    static final String THANKS = "You're welcome. Train safely!";
    static final String THANKS_BYE = "You're welcome. Take care, and train safely!";
    static final String ACKNOWLEDGED = "Anything else you'd like to know about training with back pain?";
    static final String BYE = "Take care, and train safely!";
}

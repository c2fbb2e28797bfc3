package org.backcoach.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.backcoach.assistant.Reply;
import org.backcoach.safety.EscalationLevel;
import org.backcoach.store.Database;
import org.backcoach.store.FeedbackStore;
import org.backcoach.store.HandledUpdates;
import org.backcoach.store.InactiveChats;
import org.backcoach.store.QuestionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the door remembers across restarts: which updates it has taken on, which chats answered 403,
 * and the 👍/👎 people gave. {@link #of(Database, Clock)} keeps it in the database; {@link #none()}
 * keeps nothing (tests, and doors without a database).
 */
public interface DoorMemory {

    /** Records the update; false when it was taken on before (Telegram delivering it again after a restart). */
    boolean firstTime(int updateId);

    /** The chats that answered 403 and have not written since. */
    Set<Long> inactiveChats();

    void chatInactive(long chatId);

    void chatActive(long chatId);

    void feedback(long chatId, String sectionId, boolean helpful);

    /** Logs that a message was answered from the core with this kind of reply (for /stats; no text, no chat). */
    default void answered(Reply reply) {
    }

    static DoorMemory none() {
        return new DoorMemory() {
            @Override
            public boolean firstTime(int updateId) {
                return true;
            }

            @Override
            public Set<Long> inactiveChats() {
                return Set.of();
            }

            @Override
            public void chatInactive(long chatId) {
            }

            @Override
            public void chatActive(long chatId) {
            }

            @Override
            public void feedback(long chatId, String sectionId, boolean helpful) {
            }
        };
    }

    static DoorMemory of(Database db, Clock clock) {
        return new Stored(new HandledUpdates(db), new InactiveChats(db), new FeedbackStore(db), new QuestionLog(db), clock);
    }

    /**
     * In the database. Update ids are kept two days (Telegram keeps undelivered updates for 24 hours), the
     * question log eight (/stats looks back a week).
     */
    final class Stored implements DoorMemory {
        private static final Logger log = LoggerFactory.getLogger(DoorMemory.class);
        static final Duration KEEP_UPDATE_IDS = Duration.ofDays(2);
        static final Duration KEEP_QUESTIONS = Duration.ofDays(8);
        private static final Duration PRUNE_EVERY = Duration.ofHours(1);

        private final HandledUpdates updates;
        private final InactiveChats inactive;
        private final FeedbackStore feedback;
        private final QuestionLog questions;
        private final Clock clock;
        private volatile Instant nextPrune = Instant.MIN;

        Stored(HandledUpdates updates, InactiveChats inactive, FeedbackStore feedback, QuestionLog questions, Clock clock) {
            this.updates = updates;
            this.inactive = inactive;
            this.feedback = feedback;
            this.questions = questions;
            this.clock = clock;
        }

        @Override
        public boolean firstTime(int updateId) {
            Instant now = clock.instant();
            if (now.isAfter(nextPrune)) {
                nextPrune = now.plus(PRUNE_EVERY);
                int pruned = updates.prune(now.minus(KEEP_UPDATE_IDS));
                int logged = questions.prune(now.minus(KEEP_QUESTIONS));
                log.debug("pruned {} old update ids and {} old question log rows", pruned, logged);
            }
            return updates.firstTime(updateId, now);
        }

        @Override
        public Set<Long> inactiveChats() {
            return inactive.all();
        }

        @Override
        public void answered(Reply reply) {
            questions.record(reply.kind().wireName(), reply.escalation().map(EscalationLevel::wireName), clock.instant());
        }

        @Override
        public void chatInactive(long chatId) {
            inactive.add(chatId, clock.instant());
        }

        @Override
        public void chatActive(long chatId) {
            inactive.remove(chatId);
        }

        @Override
        public void feedback(long chatId, String sectionId, boolean helpful) {
            feedback.record(chatId, sectionId, helpful, clock.instant());
        }
    }
}

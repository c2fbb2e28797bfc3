package org.backcoach.store;

import java.time.Instant;

/** One tip Telegram accepted: for the due instant {@code dueAt}, section {@code sectionId}, as message {@code messageId}. */
public record Delivery(long chatId, Instant dueAt, String sectionId, long tipPosition, Instant sentAt, long messageId) {
}

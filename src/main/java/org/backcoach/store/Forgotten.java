package org.backcoach.store;

/** What /forget deleted for a chat. */
public record Forgotten(boolean subscription, int deliveries, int feedback) {
    public boolean nothing() {
        return !subscription && deliveries == 0 && feedback == 0;
    }
}

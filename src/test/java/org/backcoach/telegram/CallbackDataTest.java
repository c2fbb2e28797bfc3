package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallbackDataTest {

    @Test
    void roundTrips() {
        for (CallbackData data : new CallbackData[] {
                new CallbackData.Topic("hip-hinge"),
                new CallbackData.Feedback(true, Optional.of("squat-basics")),
                new CallbackData.Feedback(false, Optional.empty())}) {
            assertThat(CallbackData.decode(data.encode())).contains(data);
        }
    }

    @Test
    void sixtyFourBytesAtMostCountingUtf8() {
        assertThat(new CallbackData.Topic("a".repeat(62)).fits()).isTrue();
        assertThat(new CallbackData.Topic("a".repeat(63)).fits()).isFalse();
        assertThat(new CallbackData.Topic("ü".repeat(32)).fits()).isFalse(); // 2 + 64 bytes
    }

    @Test
    void unknownDataDecodesToNothing() {
        assertThat(CallbackData.decode("x:1")).isEmpty();
        assertThat(CallbackData.decode("t:")).isEmpty();
        assertThat(CallbackData.decode(null)).isEmpty();
    }
}

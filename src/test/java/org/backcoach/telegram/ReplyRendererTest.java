package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.backcoach.assistant.Reply;
import org.backcoach.assistant.ReplyKind;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** Which replies carry buttons in Telegram. */
class ReplyRendererTest {
    private final ReplyRenderer renderer = new ReplyRenderer(MessageSplitter.DEFAULT_LIMIT);
    private final List<Reply.Topic> topics = List.of(new Reply.Topic("core-muscles", "Which muscles to strengthen"),
            new Reply.Topic("flare-ups", "During a flare-up"));

    @Test
    void aFallbackOffersTheNearestTopicsButAsksForNoFeedback() {
        Reply fallback = new Reply(ReplyKind.FALLBACK, Optional.empty(), "Sorry, I don't have guidance on that.", List.of(), topics);
        List<String> buttons = buttons(renderer.render(ReplyRenderer.Target.chat(1), fallback).get(0));
        assertThat(buttons).containsExactly("Which muscles to strengthen", "During a flare-up");
    }

    @Test
    void anAnswerOffersTopicsAndFeedback() {
        Reply answer = new Reply(ReplyKind.ANSWER, Optional.empty(), "Guidance.", List.of("ice-after-workout"), topics);
        assertThat(buttons(renderer.render(ReplyRenderer.Target.chat(1), answer).get(0)))
                .containsExactly("Which muscles to strengthen", "During a flare-up", "👍", "👎");
    }

    @Test
    void aFallbackWithNothingNearHasNoButtons() {
        Reply fallback = Reply.of(ReplyKind.FALLBACK, "Sorry, I don't have guidance on that.");
        assertThat(renderer.render(ReplyRenderer.Target.chat(1), fallback).get(0).getReplyMarkup()).isNull();
    }

    private static List<String> buttons(SendMessage message) {
        InlineKeyboardMarkup markup = (InlineKeyboardMarkup) message.getReplyMarkup();
        return markup.getKeyboard().stream().flatMap(List::stream).map(b -> b.getText()).toList();
    }
}

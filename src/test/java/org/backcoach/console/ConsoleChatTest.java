package org.backcoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.backcoach.assistant.Assistant;
import org.backcoach.assistant.Conversation;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {

    @Test
    void aSessionGreetsAnswersKeepsStateAndEndsAtEndOfInput() throws Exception {
        Assistant assistant = Assistant.load(Path.of("corpus"));
        String input = "/help\nhow often should i train?\n\nmy legs went numb\nit's fine\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleChat(assistant).run(new BufferedReader(new StringReader(input)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        Conversation expected = new Conversation();
        assertThat(out).startsWith(assistant.start().text())
                .contains(assistant.help().text())
                .contains(assistant.reply(expected, "how often should i train?").text())
                .contains(assistant.reply(expected, "my legs went numb").text())
                .contains(assistant.reply(expected, "it's fine").text())
                .endsWith(ConsoleChat.PROMPT + System.lineSeparator());
    }
}

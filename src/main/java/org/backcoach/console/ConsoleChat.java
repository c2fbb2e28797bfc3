package org.backcoach.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.backcoach.assistant.Assistant;
import org.backcoach.assistant.Conversation;
import org.backcoach.assistant.Reply;

/** The offline door: an interactive chat on standard input and output. Ctrl-D (end of input) exits. */
public final class ConsoleChat {
    static final String PROMPT = "you> ";

    private final Assistant assistant;

    public ConsoleChat(Assistant assistant) {
        this.assistant = assistant;
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        Conversation conversation = new Conversation();
        out.println(assistant.start().text());
        out.println("(Ctrl-D to quit)");
        while (true) {
            out.print("\n" + PROMPT);
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            Reply reply = assistant.reply(conversation, line);
            out.println();
            out.println(reply.text());
        }
    }
}

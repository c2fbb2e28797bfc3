package org.backcoach.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.backcoach.assistant.Assistant;
import org.backcoach.assistant.Conversation;
import org.backcoach.assistant.Reply;

/**
 * The one-shot door: answers a question given on the command line, or (with {@code --json}) every
 * line of standard input as its own new conversation, one JSON object per line.
 */
public final class AskCommand {
    private final Assistant assistant;
    private final ObjectMapper mapper = new ObjectMapper();

    public AskCommand(Assistant assistant) {
        this.assistant = assistant;
    }

    public Reply ask(String question) {
        return assistant.reply(new Conversation(), question);
    }

    public void printText(String question, PrintStream out) {
        out.println(ask(question).text());
    }

    public void printJson(String question, PrintStream out) throws IOException {
        out.println(mapper.writeValueAsString(toJson(question, ask(question))));
    }

    /** Reads until end of input; every line, blank ones too, gets exactly one output line. */
    public void printJsonLines(BufferedReader in, PrintStream out) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            printJson(line, out);
            out.flush();
        }
    }

    ObjectNode toJson(String question, Reply reply) {
        ObjectNode node = mapper.createObjectNode();
        node.put("question", question);
        node.put("kind", reply.kind().wireName());
        if (reply.escalation().isPresent()) {
            node.put("escalation", reply.escalation().get().wireName());
        } else {
            node.putNull("escalation");
        }
        node.put("reply", reply.text());
        var sources = node.putArray("sources");
        reply.sources().forEach(sources::add);
        return node;
    }
}

package org.backcoach.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one update the library cannot read from stopping the bot. TelegramBots parses a whole
 * getUpdates batch at once; if one update in it fails, it retries the same batch for ever and
 * nobody gets an answer. This interceptor checks each update of a getUpdates answer on its own and
 * replaces one that cannot be read by a bare {@code {"update_id": n}}, which the door ignores, so the
 * offset moves past it and the rest of the batch is answered.
 */
final class UnreadableUpdates implements Interceptor {
    private static final Logger log = LoggerFactory.getLogger(UnreadableUpdates.class);

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (!chain.request().url().encodedPath().toLowerCase(java.util.Locale.ROOT).endsWith("/getupdates")
                || response.body() == null) {
            return response;
        }
        ResponseBody body = response.body();
        MediaType type = body.contentType();
        byte[] bytes = body.bytes();
        byte[] checked = check(bytes);
        return response.newBuilder().body(ResponseBody.create(checked, type)).build();
    }

    byte[] check(byte[] answer) {
        JsonNode root;
        try {
            root = json.readTree(answer);
        } catch (IOException e) {
            return answer; // not JSON at all: the library reports it as a failed call
        }
        if (root == null || !(root.path("result") instanceof ArrayNode updates)) {
            return answer;
        }
        boolean changed = false;
        for (int i = 0; i < updates.size(); i++) {
            JsonNode update = updates.get(i);
            try {
                json.treeToValue(update, Update.class);
            } catch (IOException | RuntimeException e) {
                long id = update.path("update_id").asLong(-1);
                if (id < 0) {
                    continue; // without an id there is nothing to step past
                }
                log.warn("skipping update {} that cannot be read ({})", id, e.getClass().getSimpleName());
                ObjectNode bare = json.createObjectNode().put("update_id", id);
                updates.set(i, bare);
                changed = true;
            }
        }
        try {
            return changed ? json.writeValueAsBytes(root) : answer;
        } catch (IOException e) {
            return answer;
        }
    }
}

package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 for tests: serves getUpdates from a queue, answers every other method
 * with a plausible result (or a scripted one), and records every call as JSON.
 */
final class FakeBotApi implements AutoCloseable {
    static final String TOKEN = "12345:TEST_token-not-real-abcdefghijklmnopqrstuvwxyz";
    static final long BOT_ID = 987654321L;
    static final String BOT_USERNAME = "BackCoachBot";
    static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded call; {@code atNanos} is System.nanoTime() when it arrived. */
    record Call(String method, JsonNode body, long atNanos) {
        String text() {
            return body.path("text").asText();
        }

        long chatId() {
            return body.path("chat_id").asLong();
        }
    }

    /** An HTTP answer; {@code delayMillis} holds it back (a server that does not answer in time). */
    record Response(int status, String body, long delayMillis) {
        static Response ok(JsonNode result) {
            ObjectNode node = JSON.createObjectNode().put("ok", true);
            node.set("result", result);
            return new Response(200, node.toString(), 0);
        }

        static Response error(int code, String description) {
            return new Response(code, JSON.createObjectNode().put("ok", false).put("error_code", code)
                    .put("description", description).toString(), 0);
        }

        static Response retryAfter(int seconds) {
            ObjectNode node = JSON.createObjectNode().put("ok", false).put("error_code", 429)
                    .put("description", "Too Many Requests: retry after " + seconds);
            node.putObject("parameters").put("retry_after", seconds);
            return new Response(429, node.toString(), 0);
        }

        static Response raw(int status, String body) {
            return new Response(status, body, 0);
        }

        static Response silentFor(long millis) {
            return new Response(200, "{\"ok\":true,\"result\":true}", millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private final LinkedBlockingQueue<ObjectNode> pendingUpdates = new LinkedBlockingQueue<>();
    private final AtomicInteger updateIds = new AtomicInteger(1000);
    private final AtomicInteger messageIds = new AtomicInteger(5000);
    private final AtomicInteger pollsInFlight = new AtomicInteger();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<Response>> scripted = new HashMap<>();
    private final Map<String, Long> deliveredAt = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Function<ObjectNode, Long> arrivalListener = u -> 0L;
    private volatile java.util.function.Consumer<Call> callListener = c -> { };

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Settings that point a door at this server. */
    org.backcoach.config.TelegramSettings settings() {
        return new org.backcoach.config.TelegramSettings(TOKEN, url());
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- scripting ----------------------------------------------------------------------------

    /** The next calls of {@code method} get these answers, in order; then the defaults again. */
    synchronized FakeBotApi script(String method, Response... responses) {
        scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).addAll(List.of(responses));
        return this;
    }

    /** Queues an update for getUpdates, giving it the next update id, which is returned. */
    int push(ObjectNode update) {
        int id = updateIds.incrementAndGet();
        update.put("update_id", id);
        pendingUpdates.add(update);
        return id;
    }

    /** Later updates get ids above {@code id}: fakes standing in for one Telegram must not reuse each other's ids. */
    FakeBotApi idsAbove(int id) {
        updateIds.set(id);
        return this;
    }

    /** Queues an update again with the id it already has: Telegram's redelivery after a restart. */
    void pushAgain(ObjectNode update) {
        pendingUpdates.add(update.deepCopy());
    }

    /** Called with each update when getUpdates hands it out (for the benchmark's arrival times). */
    void onArrival(Function<ObjectNode, Long> listener) {
        this.arrivalListener = listener;
    }

    /** Called with every recorded call as it arrives (for the benchmark's send times). */
    void onCall(java.util.function.Consumer<Call> listener) {
        this.callListener = listener;
    }

    // ---- inspection -------------------------------------------------------------------------

    synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    synchronized List<Call> calls(String method, Predicate<Call> filter) {
        return calls.stream().filter(c -> c.method().equals(method)).filter(filter).toList();
    }

    /** Waits (bounded) until {@code count} calls of {@code method} match {@code filter}; returns them. */
    List<Call> await(String method, int count, Predicate<Call> filter) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (this) {
            while (true) {
                List<Call> matching = calls(method, filter);
                if (matching.size() >= count) {
                    return matching;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return fail("expected %d %s calls, got %d; all calls: %s", count, method, matching.size(),
                            calls.stream().map(Call::method).toList());
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return fail("interrupted");
                }
            }
        }
    }

    /**
     * Waits (bounded) until no getUpdates is being served: after a door closed, its cancelled long poll
     * still waits here for a moment and would take the next door's updates to a closed connection.
     */
    void awaitNoPollInFlight() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (this) {
            while (pollsInFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fail("a getUpdates is still being served");
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted");
                }
            }
        }
    }

    List<Call> await(String method, int count) {
        return await(method, count, c -> true);
    }

    List<Call> awaitSent(long chatId, int count) {
        return await("sendMessage", count, c -> c.chatId() == chatId);
    }

    List<Call> sentTo(long chatId) {
        return calls("sendMessage", c -> c.chatId() == chatId);
    }

    // ---- HTTP -------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + TOKEN + "/";
            if (!path.startsWith(prefix)) {
                respond(exchange, Response.error(401, "Unauthorized"));
                return;
            }
            // TelegramBots writes some method names in lower case (getme): match them case-insensitively.
            String method = canonical(path.substring(prefix.length()));
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            if (method.equals("getUpdates")) {
                record(method, body);
                pollsInFlight.incrementAndGet();
                try {
                    respond(exchange, getUpdates(body));
                } finally {
                    pollsInFlight.decrementAndGet();
                    synchronized (this) {
                        notifyAll();
                    }
                }
                return;
            }
            Response response;
            synchronized (this) {
                Deque<Response> queue = scripted.get(method);
                response = queue == null || queue.isEmpty() ? null : queue.poll();
            }
            if (response == null) {
                response = defaultResponse(method, body);
            }
            record(method, body);
            respond(exchange, response);
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }

    private static String canonical(String method) {
        for (String known : List.of("getMe", "getUpdates", "sendMessage", "setMyCommands", "answerCallbackQuery",
                "deleteWebhook", "setWebhook")) {
            if (known.equalsIgnoreCase(method)) {
                return known;
            }
        }
        return method;
    }

    private void record(String method, JsonNode body) {
        Call call = new Call(method, body, System.nanoTime());
        callListener.accept(call);
        synchronized (this) {
            calls.add(call);
            notifyAll();
        }
    }

    private Response getUpdates(JsonNode body) {
        long timeoutSeconds = Math.min(1, body.path("timeout").asLong(0));
        ArrayNode result = JSON.createArrayNode();
        try {
            ObjectNode first = timeoutSeconds == 0 ? pendingUpdates.poll()
                    : pendingUpdates.poll(timeoutSeconds, TimeUnit.SECONDS);
            if (first != null) {
                List<ObjectNode> batch = new ArrayList<>();
                batch.add(first);
                pendingUpdates.drainTo(batch, 99);
                for (ObjectNode update : batch) {
                    arrivalListener.apply(update);
                    result.add(update);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Response.ok(result);
    }

    private Response defaultResponse(String method, JsonNode body) {
        return switch (method) {
            case "getMe" -> Response.ok(JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "BackCoach").put("username", BOT_USERNAME));
            case "sendMessage" -> {
                ObjectNode message = JSON.createObjectNode()
                        .put("message_id", messageIds.incrementAndGet())
                        .put("date", System.currentTimeMillis() / 1000)
                        .put("text", body.path("text").asText());
                message.putObject("chat").put("id", body.path("chat_id").asLong())
                        .put("type", body.path("chat_id").asLong() < 0 ? "supergroup" : "private");
                yield Response.ok(message);
            }
            default -> Response.ok(JSON.getNodeFactory().booleanNode(true));
        };
    }

    private void respond(HttpExchange exchange, Response response) throws IOException {
        if (response.delayMillis() > 0) {
            try {
                Thread.sleep(response.delayMillis()); // a server that does not answer in time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // ---- updates ----------------------------------------------------------------------------

    static ObjectNode privateText(long chatId, String text) {
        return update("message", message(chatId, "private").put("text", text));
    }

    static ObjectNode groupText(long chatId, String text) {
        return update("message", message(chatId, "supergroup").put("text", text));
    }

    static ObjectNode message(long chatId, String type) {
        ObjectNode message = JSON.createObjectNode()
                .put("message_id", (int) (Math.random() * 1_000_000))
                .put("date", System.currentTimeMillis() / 1000);
        ObjectNode chat = message.putObject("chat").put("id", chatId).put("type", type);
        if (type.equals("private")) {
            chat.put("first_name", "Pat");
        } else {
            chat.put("title", "Back club");
        }
        long userId = type.equals("private") ? chatId : 4242L;
        message.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "Pat");
        return message;
    }

    static ObjectNode update(String field, ObjectNode payload) {
        ObjectNode update = JSON.createObjectNode();
        update.set(field, payload);
        return update;
    }

    static ObjectNode callback(long chatId, String data) {
        ObjectNode query = JSON.createObjectNode().put("id", "cb-" + (int) (Math.random() * 1_000_000))
                .put("chat_instance", "ci").put("data", data);
        query.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Pat");
        ObjectNode message = message(chatId, chatId < 0 ? "supergroup" : "private").put("text", "an answer");
        message.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "BackCoach");
        query.set("message", message);
        return update("callback_query", query);
    }
}

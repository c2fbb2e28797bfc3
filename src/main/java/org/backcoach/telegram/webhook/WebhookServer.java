package org.backcoach.telegram.webhook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.backcoach.config.WebhookSettings;
import org.backcoach.ops.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Our end of webhook mode: a JDK HTTP server that takes Telegram's POSTs on the configured port and
 * path, checks the secret header, drops repeats and hands each new update over. It answers at once;
 * the update is handled afterwards on the door's chat lanes, so Telegram never waits for an answer.
 *
 * <p>Answers: 200 taken (or a repeat, which Telegram must stop retrying); 401 secret missing or wrong;
 * 400 not an update; 404 another path; 405 not a POST; 413 too large; 503 shutting down (Telegram
 * retries, maybe at another instance).
 */
public final class WebhookServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Updates are small; anything near this is not one. */
    static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService threads;
    private final String path;
    private final byte[] secret;
    private final SeenUpdates seen;
    private final Consumer<Update> intake;
    private final Metrics metrics;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private volatile boolean accepting = true;
    private final Object idle = new Object();
    private int inFlight; // guarded by idle

    private WebhookServer(HttpServer server, ExecutorService threads, WebhookSettings settings, SeenUpdates seen,
                          Consumer<Update> intake, Metrics metrics) {
        this.server = server;
        this.threads = threads;
        this.path = settings.path();
        this.secret = settings.secret().getBytes(StandardCharsets.UTF_8);
        this.seen = seen;
        this.intake = intake;
        this.metrics = metrics;
    }

    /**
     * Listens on the settings' address, port and path and returns once it does.
     *
     * @param intake takes a new update; must return quickly and never throw
     * @throws UncheckedIOException when the port cannot be opened
     */
    public static WebhookServer start(WebhookSettings settings, SeenUpdates seen, Consumer<Update> intake, Metrics metrics,
                                      int threads) {
        HttpServer server;
        try {
            // A deep backlog: Telegram opens up to max_connections at once, a proxy may open more.
            server = HttpServer.create(settings.address(), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + settings.port() + " for the webhook: " + e.getMessage(), e);
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "backcoach-webhook-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        WebhookServer webhook = new WebhookServer(server, pool, settings, seen, intake, metrics);
        server.createContext("/", webhook::handle);
        server.setExecutor(pool);
        server.start();
        return webhook;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** From now on every request gets 503, so Telegram keeps the update for later or for another instance. */
    public void stopAccepting() {
        accepting = false;
    }

    private void handle(HttpExchange exchange) {
        synchronized (idle) {
            inFlight++;
        }
        try (exchange) {
            String outcome = outcome(exchange);
            metrics.webhookRequest(outcome);
            int status = switch (outcome) {
                case "accepted", "duplicate" -> 200;
                case "unauthorized" -> 401;
                case "not_found" -> 404;
                case "method_not_allowed" -> 405;
                case "too_large" -> 413;
                case "unavailable" -> 503;
                default -> 400;
            };
            exchange.sendResponseHeaders(status, -1);
        } catch (IOException | RuntimeException e) {
            log.warn("a webhook request failed: {}", e.getClass().getSimpleName());
        } finally {
            synchronized (idle) {
                inFlight--;
                idle.notifyAll();
            }
        }
    }

    private String outcome(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(path)) {
            return "not_found";
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            return "method_not_allowed";
        }
        if (!secretMatches(exchange.getRequestHeaders().getFirst(SECRET_HEADER))) {
            return "unauthorized";
        }
        if (!accepting) {
            return "unavailable";
        }
        byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY);
        if (body.length > MAX_BODY) {
            return "too_large";
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (IOException e) {
            return "rejected";
        }
        if (update == null || update.getUpdateId() == null) {
            return "rejected";
        }
        if (!seen.firstTime(update.getUpdateId())) {
            log.debug("update {} arrived again; already taken", update.getUpdateId());
            return "duplicate";
        }
        intake.accept(update);
        return "accepted";
    }

    /** Constant time in the length of our secret, so the answer's timing tells nothing about it. */
    private boolean secretMatches(String header) {
        if (header == null) {
            return false;
        }
        return MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads up to {@code limit + 1} bytes: one more than allowed says "too large" without reading it all. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit + 1);
    }

    /** Stops accepting, lets requests in progress finish (up to a second) and closes the port. */
    @Override
    public void close() {
        accepting = false;
        // Our own wait: JDK 17's HttpServer.stop(n) always waits the full n seconds.
        long deadline = System.nanoTime() + 1_000_000_000L;
        synchronized (idle) {
            while (inFlight > 0 && System.nanoTime() < deadline) {
                try {
                    idle.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        server.stop(0);
        threads.shutdownNow();
    }
}

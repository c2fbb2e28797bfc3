package org.backcoach.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /healthz} (the process is up: 200 "ok"), {@code /readyz} (200 "ready", or 503 with the reasons)
 * and {@code /metrics} (Prometheus text) on one small port. JDK HTTP server, two threads: probes and
 * scrapes are rare and quick.
 */
public final class HealthServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HealthServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService threads;
    private final Readiness readiness;
    private final Metrics metrics;

    private HealthServer(HttpServer server, ExecutorService threads, Readiness readiness, Metrics metrics) {
        this.server = server;
        this.threads = threads;
        this.readiness = readiness;
        this.metrics = metrics;
    }

    /**
     * Listens on {@code address} (port 0: any free port) and returns once it does.
     *
     * @throws UncheckedIOException when the port cannot be opened (taken, not allowed)
     */
    public static HealthServer start(InetSocketAddress address, Readiness readiness, Metrics metrics) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address + " for /healthz: " + e.getMessage(), e);
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "backcoach-health-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        HealthServer health = new HealthServer(server, threads, readiness, metrics);
        server.createContext("/healthz", exchange -> health.respond(exchange, () -> new Answer(200, "ok\n", "text/plain; charset=utf-8")));
        server.createContext("/readyz", exchange -> health.respond(exchange, health::readyz));
        server.createContext("/metrics", exchange -> health.respond(exchange, () -> new Answer(200, metrics.scrape(), PROMETHEUS_TEXT)));
        server.createContext("/", exchange -> health.respond(exchange, () -> new Answer(404, "not found\n", "text/plain; charset=utf-8")));
        server.setExecutor(threads);
        server.start();
        log.info("health endpoints on port {}: /healthz /readyz /metrics", health.port());
        return health;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private record Answer(int status, String body, String contentType) {
    }

    private Answer readyz() {
        List<String> reasons = readiness.reasons();
        if (reasons.isEmpty()) {
            return new Answer(200, "ready\n", "text/plain; charset=utf-8");
        }
        return new Answer(503, "not ready: " + String.join("; ", reasons) + "\n", "text/plain; charset=utf-8");
    }

    private void respond(HttpExchange exchange, java.util.function.Supplier<Answer> answer) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            Answer a = head || method.equals("GET") ? answer.get() : new Answer(405, "GET only\n", "text/plain; charset=utf-8");
            // Context paths match by prefix: /healthzzz is not /healthz.
            String path = exchange.getRequestURI().getPath();
            if (!path.equals(exchange.getHttpContext().getPath()) && !exchange.getHttpContext().getPath().equals("/")) {
                a = new Answer(404, "not found\n", "text/plain; charset=utf-8");
            }
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", a.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(a.status(), head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (RuntimeException e) {
            log.warn("{} failed: {}", exchange.getRequestURI().getPath(), e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

package org.backcoach.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.backcoach.assistant.Assistant;
import org.backcoach.config.TelegramSettings;
import org.backcoach.config.WebhookSettings;
import org.backcoach.stats.StatsCommand;
import org.backcoach.telegram.webhook.SeenUpdates;
import org.backcoach.telegram.webhook.SetWebhookCall;
import org.backcoach.telegram.webhook.WebhookServer;
import org.backcoach.tips.TipSender;
import org.backcoach.tips.DailyTips;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Telegram door: long polling through TelegramBots, every answer from the core, every call out
 * through the one {@link Sender}.
 *
 * <p>From {@code Main}: {@code return TelegramDoor.run(settings, assistant);} blocks until SIGTERM
 * or SIGINT, then stops polling, finishes the replies in flight, closes everything and returns 0.
 * It throws {@link TelegramDoorException} when the bot cannot start (token rejected, API unreachable).
 */
public final class TelegramDoor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramDoor.class);

    /** The command menu. */
    static final List<BotCommand> COMMANDS = List.of(
            new BotCommand("start", "Welcome and medical disclaimer"),
            new BotCommand("help", "What I can answer, with examples"),
            new BotCommand("flareup", "What to do during a flare-up"),
            new BotCommand("tip", "One tip now"));

    /** Joins the menu when daily tips are on. */
    static final List<BotCommand> TIP_COMMANDS = List.of(
            new BotCommand("subscribe", "A daily tip at your time, e.g. /subscribe 07:30 Europe/Berlin"),
            new BotCommand("settings", "Your daily tip: time, zone, next one"),
            new BotCommand("unsubscribe", "Stop the daily tip"),
            new BotCommand("forget", "Delete everything stored about this chat"));

    /** The updates the door handles, asked of getUpdates and of setWebhook alike. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");
    /** How many update ids the webhook remembers in memory to drop Telegram's repeats. */
    static final int SEEN_UPDATES = 50_000;

    /** Tunables; tests shorten the waits and inject time. */
    record Options(Clock clock, Scheduler scheduler, RateLimits limits, RetryPolicy retry, Duration callTimeout,
                   int longPollSeconds, Duration startTimeout, Duration shutdownGrace, int workerThreads,
                   int conversations, int splitLimit, BroadcastLimits broadcast) {

        Options(Clock clock, Scheduler scheduler, RateLimits limits, RetryPolicy retry, Duration callTimeout,
                int longPollSeconds, Duration startTimeout, Duration shutdownGrace, int workerThreads,
                int conversations, int splitLimit) {
            this(clock, scheduler, limits, retry, callTimeout, longPollSeconds, startTimeout, shutdownGrace, workerThreads,
                    conversations, splitLimit, BroadcastLimits.DEFAULT);
        }

        static Options defaults() {
            return new Options(Clock.systemUTC(), Scheduler.newDaemon("backcoach-telegram-sender"), RateLimits.TELEGRAM,
                    RetryPolicy.DEFAULT, Duration.ofSeconds(15), 50, Duration.ofSeconds(45), Duration.ofSeconds(5),
                    Math.max(2, Runtime.getRuntime().availableProcessors()), 50_000, MessageSplitter.DEFAULT_LIMIT);
        }

        Options withBroadcast(BroadcastLimits limits) {
            return new Options(clock, scheduler, this.limits, retry, callTimeout, longPollSeconds, startTimeout, shutdownGrace,
                    workerThreads, conversations, splitLimit, limits);
        }
    }

    /**
     * What the door keeps beyond one process: its memory (handled updates, inactive chats, feedback),
     * when on, the daily tips, and whose turn it is to poll when several instances share the database.
     */
    public record State(DoorMemory memory, Optional<DailyTips> tips, Optional<StatsCommand> stats, PollingTurn turn) {
        public State {
            Objects.requireNonNull(memory, "memory");
            Objects.requireNonNull(tips, "tips");
            Objects.requireNonNull(stats, "stats");
            Objects.requireNonNull(turn, "turn");
        }

        /** The only instance: it always polls; no admin command. */
        public State(DoorMemory memory, Optional<DailyTips> tips) {
            this(memory, tips, Optional.empty(), PollingTurn.always());
        }

        /** Nothing kept: every restart starts afresh, and daily tips are off. */
        public static State none() {
            return new State(DoorMemory.none(), Optional.empty());
        }
    }

    private final Options options;
    private final TelegramSettings settings;
    private final TelegramUrl telegramUrl;
    private final Replies replies;
    private final State state;
    private final DoorOps ops;
    private final ReplyRenderer renderer;
    private final OkHttpClient http;
    private final OkHttpClient pollHttp;
    private final Sender sender;
    private final ChatLanes lanes;
    private final ScheduledExecutorService pollExecutor;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicInteger lastHandedOver = new AtomicInteger(0);
    private volatile boolean stopping;
    private volatile TelegramBotsLongPollingApplication polling;
    private volatile WebhookServer webhook;
    private volatile UpdateClassifier classifier;
    private volatile UpdateHandler handler;

    private TelegramDoor(TelegramSettings settings, Replies replies, Options options, State state, DoorOps ops) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.options = Objects.requireNonNull(options, "options");
        this.state = Objects.requireNonNull(state, "state");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.renderer = new ReplyRenderer(options.splitLimit());
        this.telegramUrl = new TelegramUrl(settings.apiUrl().getScheme(), settings.apiUrl().getHost(), settings.port(), false);
        this.http = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(20, 60, TimeUnit.SECONDS))
                .dispatcher(dispatcher())
                .connectTimeout(options.callTimeout())
                .readTimeout(options.callTimeout())
                .writeTimeout(options.callTimeout())
                .callTimeout(options.callTimeout())
                .build();
        // Polling has its own dispatcher so that shutdown can cancel the long poll and nothing else.
        Duration pollLimit = Duration.ofSeconds(options.longPollSeconds()).plus(options.callTimeout());
        this.pollHttp = http.newBuilder().dispatcher(dispatcher()).readTimeout(pollLimit).callTimeout(pollLimit)
                .addInterceptor(new UnreadableUpdates()).build();
        this.pollExecutor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "backcoach-telegram-poll");
            thread.setDaemon(true);
            return thread;
        });
        this.lanes = new ChatLanes(options.workerThreads());
        OkHttpTelegramClient client = new OkHttpTelegramClient(new ObjectMapper(), http, settings.token(), telegramUrl);
        this.sender = new Sender(new MeteredBotApi(BotApi.of(client, options.callTimeout()), ops.metrics()), options.clock(), options.scheduler(),
                options.limits(), options.retry(), options.broadcast(), state.memory().inactiveChats(),
                state.memory()::chatInactive);
        ops.metrics().senderQueueDepth(sender::queued);
    }

    /**
     * Runs the bot until SIGTERM or SIGINT, then shuts down in order and returns 0 (the exit code).
     *
     * @throws TelegramDoorException when the bot cannot start; the message is meant for the user
     */
    public static int run(TelegramSettings settings, Assistant assistant, State state) {
        return run(settings, Replies.of(assistant), state, DoorOps.polling());
    }

    /** {@link #run(TelegramSettings, Assistant, State)} in webhook or polling mode, as {@code ops} says. */
    public static int run(TelegramSettings settings, Assistant assistant, State state, DoorOps ops) {
        return run(settings, Replies.of(assistant), state, ops);
    }

    /** {@link #run(TelegramSettings, Assistant, State, DoorOps)} with another source of replies. */
    public static int run(TelegramSettings settings, Replies replies, State state, DoorOps ops) {
        Options options = Options.defaults();
        if (state.tips().isPresent()) {
            options = options.withBroadcast(BroadcastLimits.perSecond(state.tips().get().settings().broadcastRate()));
        }
        TelegramDoor door = start(settings, replies, options, state, ops);
        Signals.onTerminate(door::requestStop);
        Thread hook = new Thread(door::close, "backcoach-telegram-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            door.stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("stopping: no new updates, finishing replies in flight");
        door.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs close() again, which returns at once
        }
        return 0;
    }

    /** Starts the bot and returns at once; {@link #close()} stops it. */
    public static TelegramDoor start(TelegramSettings settings, Replies replies) {
        return start(settings, replies, Options.defaults(), State.none());
    }

    static TelegramDoor start(TelegramSettings settings, Replies replies, Options options) {
        return start(settings, replies, options, State.none());
    }

    static TelegramDoor start(TelegramSettings settings, Replies replies, Options options, State state) {
        return start(settings, replies, options, state, DoorOps.polling());
    }

    static TelegramDoor start(TelegramSettings settings, Replies replies, Options options, State state, DoorOps ops) {
        TelegramDoor door = new TelegramDoor(settings, replies, options, state, ops);
        try {
            door.begin();
            return door;
        } catch (RuntimeException e) {
            door.close();
            throw e;
        }
    }

    /** Asks {@link #run} to shut down; returns at once. */
    public void requestStop() {
        stopRequested.countDown();
    }

    private void begin() {
        User me = getMe();
        UpdateClassifier.BotIdentity identity = new UpdateClassifier.BotIdentity(me.getId(),
                me.getUserName() == null ? "" : me.getUserName());
        classifier = new UpdateClassifier(identity);
        handler = new UpdateHandler(replies, new Conversations(options.conversations()), sender, renderer,
                identity.username(), state.memory(), state.tips().map(DailyTips::commands), state.stats(), ops.metrics());

        List<BotCommand> menu = new ArrayList<>(COMMANDS);
        if (state.tips().isPresent()) {
            menu.addAll(TIP_COMMANDS);
        }
        sender.system(new SetMyCommands(menu)).whenComplete((ok, error) -> {
            if (error != null) {
                log.warn("the Bot API server rejected setMyCommands ({}); the command menu is not registered,"
                        + " the bot runs on", error.getMessage());
            }
        });

        if (ops.webhook().isPresent()) {
            openWebhook(ops.webhook().get(), identity);
        } else {
            openPolling(identity);
        }
        // Every instance runs the tip job, poller or not: the claims keep them from sending a tip twice.
        state.tips().ifPresent(tips -> tips.scheduler().start(counted(tipSender())));
        ops.whenOpen().run();
    }

    /**
     * Polls while this instance holds the poller turn. TelegramBots' long polling calls deleteWebhook
     * before its first getUpdates, so switching back from webhook mode needs nothing else.
     */
    private void openPolling(UpdateClassifier.BotIdentity identity) {
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, () -> pollExecutor);
        log.info("Telegram door open: @{} (id {}) at {}", identity.username(), identity.id(), settings.apiUrl());
        state.turn().start(new PollingTurn.Poller() {
            @Override
            public void startPolling() {
                registerPolling();
            }

            @Override
            public void stopPolling() {
                pausePolling();
            }
        });
    }

    private void registerPolling() {
        try {
            polling.registerBot(settings.token(), () -> telegramUrl, this::nextGetUpdates, this::consume);
        } catch (TelegramApiException e) {
            throw new TelegramDoorException("could not start long polling at " + settings.apiUrl() + ": "
                    + e.getClass().getSimpleName() + " (is a webhook set, or another instance polling?)");
        }
    }

    /** Another instance polls from now on: end our long poll at once so that Telegram sees one poller. */
    private void pausePolling() {
        try {
            polling.unregisterBot(settings.token());
        } catch (TelegramApiException e) {
            log.debug("unregistering the long poll: {}", e.getMessage());
        }
        pollHttp.dispatcher().cancelAll();
    }

    /** Listens first, then calls setWebhook: Telegram may post the moment it has the URL. */
    private void openWebhook(WebhookSettings hook, UpdateClassifier.BotIdentity identity) {
        try {
            webhook = WebhookServer.start(hook, SeenUpdates.recent(SEEN_UPDATES), update -> consume(List.of(update)),
                    ops.metrics(), Math.max(2, options.workerThreads()));
        } catch (UncheckedIOException e) {
            throw new TelegramDoorException(e.getMessage() + " (check " + WebhookSettings.PORT_ENV + ")");
        }
        SetWebhookCall call = new SetWebhookCall(hook.url().toString(), hook.secret(), ALLOWED_UPDATES, 40);
        try {
            sender.system(call).get(options.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // The message names the method and the error code only, never the secret.
            throw new TelegramDoorException("Telegram refused the webhook " + hook.url() + " (" + e.getCause().getMessage()
                    + "). Check " + WebhookSettings.URL_ENV + ": a public https:// URL on port 443, 80, 88 or 8443");
        } catch (TimeoutException e) {
            throw new TelegramDoorException("the Telegram Bot API at " + settings.apiUrl() + " did not answer setWebhook within "
                    + options.startTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramDoorException("interrupted while starting");
        }
        if (hook.secretGenerated()) {
            log.warn("{} is not set: this run uses a random webhook secret. Several instances must share one secret:"
                    + " set the same {} on each", WebhookSettings.SECRET_ENV, WebhookSettings.SECRET_ENV);
        }
        log.info("Telegram door open: @{} (id {}) webhook {} received on port {} path {}", identity.username(), identity.id(),
                hook.url(), webhook.port(), hook.path());
    }

    /** The port the webhook listens on (tests start it on a free one). */
    int webhookPort() {
        return webhook.port();
    }

    private TipSender counted(TipSender tips) {
        return (chatId, position) -> tips.send(chatId, position).whenComplete((id, error) -> {
            if (error == null) {
                ops.metrics().tipSent();
            }
        });
    }

    /** How daily tips reach Telegram: as broadcast messages through the one sender. */
    TelegramTipSender tipSender() {
        return new TelegramTipSender(sender, replies, renderer);
    }

    private User getMe() {
        try {
            return sender.system(new GetMe()).get(options.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            int code = cause instanceof SendFailedException failed ? failed.errorCode() : 0;
            if (code == 401 || code == 404) {
                throw new TelegramDoorException("Telegram rejected the bot token (getMe answered " + code
                        + "). Check " + TelegramSettings.TOKEN_ENV + " or telegram.token in " + TelegramSettings.DEFAULT_FILE
                        + "; a token from @BotFather looks like 123456789:AA...");
            }
            throw new TelegramDoorException("could not reach the Telegram Bot API at " + settings.apiUrl()
                    + " (getMe: " + cause.getMessage() + ")");
        } catch (TimeoutException e) {
            throw new TelegramDoorException("the Telegram Bot API at " + settings.apiUrl() + " did not answer getMe within "
                    + options.startTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramDoorException("interrupted while starting");
        }
    }

    private GetUpdates nextGetUpdates(Integer lastReceived) {
        return GetUpdates.builder()
                .offset(lastReceived + 1)
                .limit(100)
                .timeout(options.longPollSeconds())
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
    }

    /** Called by the polling thread: sorts each update and hands it to its chat's lane. Never throws. */
    private void consume(List<Update> updates) {
        for (Update update : updates) {
            if (stopping) {
                return; // not handed over, so not confirmed: Telegram delivers it again after a restart
            }
            int id = update.getUpdateId() == null ? 0 : update.getUpdateId();
            long received = System.nanoTime();
            try {
                Incoming incoming = classifier.classify(update);
                long lane = laneOf(incoming);
                lanes.submit(lane, () -> handler.handle(id, incoming, received));
            } catch (RuntimeException e) {
                log.error("update {} could not be handed over", id, LogSafe.withoutMessages(e));
            }
            lastHandedOver.accumulateAndGet(id, Math::max);
        }
    }

    /**
     * Waits until the update {@code updateId} has been handed over, every handler has run and the
     * sender has nothing left (tests use it instead of sleeping).
     */
    boolean awaitQuiet(int updateId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lastHandedOver.get() < updateId) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return lanes.awaitIdle(left(deadline)) && sender.awaitIdle(left(deadline));
    }

    private static long laneOf(Incoming incoming) {
        if (incoming instanceof Incoming.Text text) {
            return text.target().chatId();
        }
        if (incoming instanceof Incoming.NonText nonText) {
            return nonText.target().chatId();
        }
        if (incoming instanceof Incoming.Callback callback) {
            return callback.chatId().orElse(Long.MIN_VALUE);
        }
        return Long.MIN_VALUE + 1;
    }

    /**
     * Stops polling, lets the handlers and the sender finish (within the shutdown grace), confirms
     * the handled updates to Telegram and closes everything. Safe to call twice and from a shutdown hook.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            try {
                closed.await(options.shutdownGrace().toMillis() + 2000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        long deadline = System.nanoTime() + options.shutdownGrace().toNanos();
        boolean wasPolling = state.turn().polling();
        try {
            if (webhook != null) {
                // First, while updates are still taken: requests in progress hand theirs over, later ones get
                // 503 and Telegram delivers them again, here after a restart or at another instance.
                webhook.close();
            }
            stopping = true;
            // Tips not yet sent stay due and go after the restart; replies in flight are finished first.
            state.tips().ifPresent(tips -> tips.scheduler().requestStop());
            sender.dropBroadcasts();
            stopPolling();
            if (!lanes.awaitIdle(left(deadline))) {
                log.warn("shutdown: some updates were still being handled when time ran out");
            }
            if (!sender.awaitIdle(left(deadline))) {
                log.warn("shutdown: some replies were still queued when time ran out");
            }
            if (wasPolling) {
                confirmHandledUpdates(deadline); // a standby's getUpdates would collide with the poller's
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            state.turn().close(); // lets a standby take over
            sender.close();
            state.tips().ifPresent(TelegramDoor::stopTips);
            lanes.close();
            options.scheduler().close();
            closeHttp(http);
            closeHttp(pollHttp);
            closed.countDown();
            stopRequested.countDown();
            log.info("Telegram door closed");
        }
    }

    private void stopPolling() throws InterruptedException {
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                log.warn("stopping long polling: {}", e.getClass().getSimpleName());
            }
        }
        pollHttp.dispatcher().cancelAll(); // ends the long poll in flight now rather than in 50 s
        pollExecutor.shutdownNow();
        pollExecutor.awaitTermination(1, TimeUnit.SECONDS);
    }

    /** Telegram forgets updates only when a later getUpdates names a higher offset: say so for what was handled. */
    private void confirmHandledUpdates(long deadline) throws InterruptedException {
        int last = lastHandedOver.get();
        if (last <= 0 || webhook != null) { // a webhook's 200 is the confirmation
            return;
        }
        GetUpdates confirm = GetUpdates.builder().offset(last + 1).limit(1).timeout(0).build();
        try {
            long millis = Math.min(left(deadline).toMillis(), options.callTimeout().toMillis());
            sender.system(confirm).get(Math.max(millis, 200), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("could not confirm the handled updates; Telegram may deliver the last ones again after a restart");
        }
    }

    private static void stopTips(DailyTips tips) {
        try {
            if (!tips.scheduler().stop(Duration.ofSeconds(2))) {
                log.warn("shutdown: the daily tip job did not finish in time; tips in flight go again after the restart");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private static Dispatcher dispatcher() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(128);
        dispatcher.setMaxRequestsPerHost(128);
        return dispatcher;
    }

    private static void closeHttp(OkHttpClient client) {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}

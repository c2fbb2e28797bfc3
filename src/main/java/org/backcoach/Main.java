package org.backcoach;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.backcoach.assistant.Assistant;
import java.util.Optional;
import org.backcoach.config.AdminSettings;
import org.backcoach.config.DatabaseSettings;
import org.backcoach.config.HealthSettings;
import org.backcoach.config.InvalidSettingException;
import org.backcoach.config.TelegramSettings;
import org.backcoach.config.TipSettings;
import org.backcoach.config.WebhookSettings;
import org.backcoach.console.AskCommand;
import org.backcoach.console.ConsoleChat;
import org.backcoach.corpus.CorpusException;
import org.backcoach.ops.HealthServer;
import org.backcoach.ops.Metrics;
import org.backcoach.ops.Readiness;
import org.backcoach.ops.ReadinessCheck;
import org.backcoach.ops.ReadyFlag;
import org.backcoach.stats.StatsCommand;
import org.backcoach.store.Database;
import org.backcoach.store.InstanceId;
import org.backcoach.store.StoreException;
import org.backcoach.telegram.DoorMemory;
import org.backcoach.telegram.DoorOps;
import org.backcoach.telegram.PollingTurn;
import org.backcoach.telegram.TelegramDoor;
import org.backcoach.telegram.TelegramDoorException;
import org.backcoach.tips.DailyTips;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Entry point: picks the door. With a Telegram token it runs the bot (webhook mode when a webhook URL is
 * set, long polling otherwise, with the health port in both); without one, the console chat.
 */
@Command(name = "backcoach", mixinStandardHelpOptions = true, version = "BackCoach 0.1",
        description = "Answers questions on strength training with low back pain from a curated corpus.",
        subcommands = Main.Ask.class)
public final class Main implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:BACKCOACH_CORPUS:-corpus}")
    Path corpus;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CorpusException) {
                commandLine.getErr().println("backcoach: corpus error: " + e.getMessage());
                return 3;
            }
            if (e instanceof InvalidSettingException) {
                commandLine.getErr().println("backcoach: configuration error: " + e.getMessage());
                return 2;
            }
            if (e instanceof StoreException) {
                commandLine.getErr().println("backcoach: database error: " + e.getMessage());
                return 4;
            }
            throw e;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Optional<TelegramSettings> telegram = TelegramSettings.load();
        if (telegram.isEmpty()) {
            quietLogsUnlessAsked();
            new ConsoleChat(Assistant.load(corpus)).run(stdin(), stdout());
            return 0;
        }
        // Settings first, so that a typo is reported before anything is opened.
        DatabaseSettings database = DatabaseSettings.load();
        TipSettings tipSettings = TipSettings.load();
        AdminSettings admins = AdminSettings.load();
        Optional<WebhookSettings> webhook = WebhookSettings.load();
        HealthSettings health = HealthSettings.load();
        // Several instances share one PostgreSQL database: random per-instance webhook secrets would lock all but one out.
        WebhookSettings.checkSharedSecret(webhook, database);
        // The health port opens first, so that /readyz can say what start-up is waiting for.
        Metrics metrics = new Metrics();
        ReadyFlag index = new ReadyFlag("index loading");
        ReadyFlag door = new ReadyFlag("Telegram door starting");
        Readiness readiness = new Readiness(List.of(index, door));
        Optional<HealthServer> endpoints = openHealth(health, readiness, metrics);
        try {
            Assistant assistant = Assistant.load(corpus);
            index.ready();
            // Only the Telegram door needs the database: the console chat and ask work without one.
            try (Database db = Database.open(database)) {
                readiness.add(ReadinessCheck.database(db));
                Clock clock = Clock.systemUTC();
                InstanceId instance = InstanceId.generate(); // several may share a PostgreSQL database
                TelegramDoor.State state = new TelegramDoor.State(DoorMemory.of(db, clock),
                        Optional.of(DailyTips.open(db, assistant.tips(), clock, tipSettings, instance)),
                        Optional.of(StatsCommand.of(db, admins, clock)), PollingTurn.of(db, telegram.get(), instance));
                return TelegramDoor.run(telegram.get(), assistant, state, new DoorOps(webhook, metrics, door::ready));
            } catch (TelegramDoorException e) {
                System.err.println("backcoach: " + e.getMessage());
                return 1;
            }
        } finally {
            endpoints.ifPresent(HealthServer::close);
        }
    }

    private static Optional<HealthServer> openHealth(HealthSettings health, Readiness readiness, Metrics metrics) {
        if (!health.enabled()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HealthServer.start(new InetSocketAddress(health.port()), readiness, metrics));
        } catch (UncheckedIOException e) {
            throw new InvalidSettingException(e.getMessage() + "; set " + HealthSettings.PORT_ENV
                    + " to a free port, or to 0 to switch the health endpoints off");
        }
    }

    @Command(name = "ask", mixinStandardHelpOptions = true,
            description = {"Print the reply to a question and exit.",
                "With --json and no question, read one message per line of standard input and print "
                + "one JSON object per line: question, kind, escalation, reply, sources."})
    static final class Ask implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Option(names = "--json", description = "Print JSON instead of the reply text.")
        boolean json;

        @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question (quote it, or give several words).")
        List<String> words;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            boolean hasQuestion = words != null && !words.isEmpty();
            if (!hasQuestion && !json) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "ask needs a question, e.g. backcoach ask \"how often should I train?\", "
                        + "or --json to read questions from standard input");
            }
            quietLogsUnlessAsked();
            AskCommand ask = new AskCommand(Assistant.load(parent.corpus));
            PrintStream out = stdout();
            if (!hasQuestion) {
                ask.printJsonLines(stdin(), out);
            } else if (json) {
                ask.printJson(String.join(" ", words), out);
            } else {
                ask.printText(String.join(" ", words), out);
            }
            out.flush();
            return 0;
        }
    }

    private static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    private static PrintStream stdout() {
        return new PrintStream(System.out, false, StandardCharsets.UTF_8);
    }

    /** Console and ask print for people and scripts: only warnings reach stderr unless BACKCOACH_LOG_LEVEL says otherwise. */
    private static void quietLogsUnlessAsked() {
        if (System.getenv("BACKCOACH_LOG_LEVEL") == null
                && LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}

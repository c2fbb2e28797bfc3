package org.backcoach.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects what the application logs under org.backcoach and org.telegram during a test. */
final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final List<ILoggingEvent> events = new ArrayList<>();
    private final List<Logger> attached = new ArrayList<>();

    static CapturedLogs capture() {
        CapturedLogs logs = new CapturedLogs();
        logs.start0();
        return logs;
    }

    private void start0() {
        start();
        for (String name : List.of("org.backcoach", "org.telegram")) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            logger.addAppender(this);
            attached.add(logger);
        }
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        event.prepareForDeferredProcessing();
        events.add(event);
    }

    /** Every message, argument and exception message and trace, as one text to search. */
    synchronized String everything() {
        StringBuilder all = new StringBuilder();
        for (ILoggingEvent event : events) {
            all.append(event.getLevel()).append(' ').append(event.getFormattedMessage()).append('\n');
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                all.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            }
        }
        return all.toString();
    }

    synchronized List<String> at(String level) {
        return events.stream().filter(e -> e.getLevel().toString().equals(level)).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        attached.forEach(l -> l.detachAppender(this));
        stop();
    }
}

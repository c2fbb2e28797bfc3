package org.backcoach.telegram;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns SIGTERM and SIGINT into a call, so the door can shut down in order and the process exit 0
 * (a plain shutdown hook would exit 143). Uses {@code sun.misc.Signal} (module jdk.unsupported)
 * reflectively; where it is missing, the shutdown hook still closes the door.
 */
final class Signals {
    private static final Logger log = LoggerFactory.getLogger(Signals.class);

    private Signals() {
    }

    static boolean onTerminate(Runnable action) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Object handler = Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[] {handlerClass},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "handle" -> {
                            action.run();
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "BackCoach Telegram shutdown";
                        default -> null;
                    });
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            for (String name : List.of("TERM", "INT")) {
                handle.invoke(null, signalClass.getConstructor(String.class).newInstance(name), handler);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            log.warn("cannot handle SIGTERM directly ({}); shutdown relies on the JVM's shutdown hook", e.getClass().getSimpleName());
            return false;
        }
    }
}

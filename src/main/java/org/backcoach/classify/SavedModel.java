package org.backcoach.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model the build trained and saved beside the classes: a first line with its name and the
 * {@link TrainingKey} of what it was trained on, then the model. Start-up reads it only when that
 * key is the key of what it would train on, so an edited corpus never meets a stale model.
 */
public final class SavedModel {
    private static final Logger log = LoggerFactory.getLogger(SavedModel.class);

    /** Reads the model after its first line. */
    @FunctionalInterface
    public interface Body<T> {
        T read(BufferedReader in) throws IOException;
    }

    private SavedModel() {
    }

    /** Writes the first line; the caller writes the model after it. */
    public static void writeHeader(Writer out, String name, String key) throws IOException {
        out.write(name + " " + key + "\n");
    }

    /**
     * The model saved as the class-path {@code resource}, if it was trained on what {@code key} names;
     * empty when it is missing, was trained on something else or cannot be read (the caller trains).
     */
    public static <T> Optional<T> read(String resource, String name, String key, Body<T> body) {
        try (InputStream in = SavedModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!(name + " " + key).equals(reader.readLine())) {
                log.info("the saved {} was trained on other data than this start-up has: training afresh", name);
                return Optional.empty();
            }
            return Optional.of(body.read(reader));
        } catch (IOException | RuntimeException e) {
            log.warn("the saved {} cannot be read ({}): training afresh", name, e.getMessage());
            return Optional.empty();
        }
    }
}

package org.backcoach.corpus;

import java.util.Optional;

/** A study or publication a document cites; {@code doi} may be absent. */
public record Reference(String id, String citation, Optional<String> doi) {
}

package org.backcoach.corpus;

import java.util.Optional;

/**
 * A study or publication a document cites.
 *
 * @param shortName journal and year, short enough for a one-line source under an answer
 * @param doi       absent when the publication has none
 */
public record Reference(String id, String shortName, String citation, Optional<String> doi) {

    /** "J Rehabil Med 2016, doi:10.2340/16501977-2091", or the short name alone. */
    public String cite() {
        return doi.map(d -> shortName + ", doi:" + d).orElse(shortName);
    }
}

package org.backcoach.corpus;

/** The document-level facts a section's citation needs. */
public record DocumentInfo(String id, String title, String source, String file) {
}

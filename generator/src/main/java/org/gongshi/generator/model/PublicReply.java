package org.gongshi.generator.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The office's public answer to one complaint, as the hotline desk exported it: when it came in, what it was
 * about, where it stands and the reply. The complaint's own text and the complainant are never exported.
 */
public record PublicReply(LocalDate received, String kind, String status, Optional<LocalDate> closed, String reply) {
}

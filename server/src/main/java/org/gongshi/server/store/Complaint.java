package org.gongshi.server.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored complaint. {@code phoneSealed} is "" when no phone was given; only the staff desk unseals it.
 *
 * @param closed when it reached a final status
 */
public record Complaint(
        long id,
        String project,
        ComplaintKind kind,
        String description,
        String phoneSealed,
        boolean anonymous,
        ComplaintStatus status,
        String publicReply,
        String internalNote,
        Instant received,
        Instant updated,
        Optional<Instant> closed) {
}

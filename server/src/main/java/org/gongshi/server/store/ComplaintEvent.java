package org.gongshi.server.store;

import java.time.Instant;

/** One line of a complaint's change log. */
public record ComplaintEvent(
        String staff,
        Instant at,
        ComplaintStatus from,
        ComplaintStatus to,
        String publicReply,
        String internalNote) {
}

package org.gongshi.server.store;

import java.time.Instant;
import java.util.Objects;

/** What one member of staff changed on one complaint: new status, public reply and internal note. */
public record StatusChange(
        long complaintId,
        String staff,
        ComplaintStatus to,
        String publicReply,
        String internalNote,
        Instant at) {

    public StatusChange {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(publicReply, "publicReply");
        Objects.requireNonNull(internalNote, "internalNote");
        Objects.requireNonNull(at, "at");
    }
}

package org.gongshi.server.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Which complaints the staff desk lists, newest first.
 *
 * @param project "" for any; otherwise the exact project field
 */
public record ComplaintFilter(
        Optional<ComplaintStatus> status,
        Optional<ComplaintKind> kind,
        String project,
        int offset,
        int limit) {

    public ComplaintFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(project, "project");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    public static ComplaintFilter all() {
        return new ComplaintFilter(Optional.empty(), Optional.empty(), "", 0, Integer.MAX_VALUE);
    }
}

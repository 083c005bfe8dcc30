package org.gongshi.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A complaint as it is written to the database. Secrets arrive already protected: the nonce and receipt
 * only as hashes, the phone sealed ("" when none was given).
 */
public record NewComplaint(
        String nonceHash,
        String receiptHash,
        String project,
        ComplaintKind kind,
        String description,
        String phoneSealed,
        boolean anonymous,
        Instant received) {

    public NewComplaint {
        Objects.requireNonNull(nonceHash, "nonceHash");
        Objects.requireNonNull(receiptHash, "receiptHash");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(phoneSealed, "phoneSealed");
        Objects.requireNonNull(received, "received");
    }
}

package org.gongshi.generator.load;

import org.gongshi.generator.model.ComplaintLedger;

/** The complaint ledger as read, with the line of every value for the validate stage. */
public record LoadedLedger(ComplaintLedger ledger, SourceLines lines) {
}

package org.gongshi.server.hotline;

import java.time.Instant;

/**
 * What a complaint form carries, sealed, in its hidden {@code token} field: a random nonce that makes the
 * form one complaint however often it is sent, when the form was handed out, and the receipt code that
 * filing it will give — chosen up front so that a resubmission shows the same receipt again.
 */
record FormToken(String nonce, Instant issued, String receipt) {
}

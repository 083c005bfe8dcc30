package org.gongshi.server.hotline;

import org.gongshi.server.crypto.Keys;
import org.gongshi.server.crypto.Sealer;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Issues and opens form tokens. Sealed with AES-GCM, so a client can neither read nor forge one. */
final class FormTokens {

    private final Sealer sealer;

    FormTokens(Keys keys) {
        this.sealer = keys.sealer("form-token");
    }

    String issue(Instant now) {
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(Keys.randomBytes(16));
        return sealer.seal(nonce + "|" + now.toEpochMilli() + "|" + ReceiptCode.generate());
    }

    Optional<FormToken> open(String token) {
        return sealer.openText(token).flatMap(plain -> {
            String[] parts = plain.split("\\|");
            if (parts.length != 3) {
                return Optional.empty();
            }
            return Optional.of(new FormToken(parts[0], Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]));
        });
    }
}

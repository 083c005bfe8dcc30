package org.gongshi.server.hotline;

import org.gongshi.server.crypto.Keys;
import org.gongshi.server.crypto.Sealer;
import org.gongshi.server.store.Complaint;
import org.gongshi.server.store.ComplaintEvent;
import org.gongshi.server.store.ComplaintStore;
import org.gongshi.server.store.NewComplaint;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Filing and looking up complaints, apart from HTTP. Here is where secrets are protected before they are
 * stored: the receipt code only as a keyed hash, the form nonce only as a hash, the phone sealed.
 */
public final class Hotline {

    /** How long a receipt page can be reopened (the cookie that carries it lives this long). */
    static final Duration RECEIPT_SHOWN = Duration.ofMinutes(30);

    private final ComplaintStore store;
    private final Keys keys;
    private final FormTokens tokens;
    private final Sealer phones;
    private final Sealer receipts;

    public Hotline(ComplaintStore store, Keys keys) {
        this.store = store;
        this.keys = keys;
        this.tokens = new FormTokens(keys);
        this.phones = keys.sealer("phone");
        this.receipts = keys.sealer("receipt-cookie");
    }

    String newToken(Instant now) {
        return tokens.issue(now);
    }

    Optional<FormToken> openToken(String token) {
        return token.isEmpty() ? Optional.empty() : tokens.open(token);
    }

    /** Files a form that has no problems; the same token filed again returns the first filing. */
    ComplaintStore.Filed file(ComplaintForm form, FormToken token, Instant now) throws SQLException {
        return store.file(new NewComplaint(
                Keys.sha256(token.nonce()),
                receiptHash(token.receipt()),
                form.project(),
                form.complaintKind().orElseThrow(),
                form.description(),
                form.phone().isEmpty() ? "" : phones.seal(form.phone()),
                form.anonymous(),
                now));
    }

    Optional<Complaint> lookup(String receiptCode) throws SQLException {
        return store.byReceipt(receiptHash(receiptCode));
    }

    List<ComplaintEvent> events(Complaint complaint) throws SQLException {
        return store.events(complaint.id());
    }

    /** The contact phone for staff; "" when none was given. */
    public String phone(Complaint complaint) {
        return complaint.phoneSealed().isEmpty() ? ""
                : phones.openText(complaint.phoneSealed()).orElse("（无法解密：密钥文件与数据库不匹配）");
    }

    String receiptCookie(String code, Instant now) {
        return receipts.seal(code + "|" + now.getEpochSecond());
    }

    /** The receipt code a cookie carries, while it is fresh. */
    Optional<String> receiptFromCookie(String cookie, Instant now) {
        return receipts.openText(cookie).flatMap(plain -> {
            String[] parts = plain.split("\\|");
            boolean fresh = parts.length == 2
                    && Instant.ofEpochSecond(Long.parseLong(parts[1])).plus(RECEIPT_SHOWN).isAfter(now);
            return fresh ? Optional.of(parts[0]) : Optional.empty();
        });
    }

    private String receiptHash(String code) {
        return keys.hash("receipt", code);
    }
}

package org.gongshi.generator.mask;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The worker check code (核对码): HMAC-SHA256 of the ID number under the site secret, shown as {@value #LENGTH}
 * characters on each wage line. The office prints it on the pay slip, so a worker finds the masked line that is
 * theirs; without the secret nobody can tell whose ID number a code belongs to, and the same ID number gets the
 * same code in every build and every project.
 */
public final class CheckCodes {

    public static final int LENGTH = 5;

    /** 32 symbols, 5 bits each: digits and capitals without 0/O and 1/I, which are misread on paper. */
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /** For a site that publishes no wage line yet, so needs no secret: asking it for a code is a bug. */
    public static final CheckCodes NONE = new CheckCodes(new byte[1], false);

    private final SecretKeySpec key;
    private final boolean demo;
    private final ThreadLocal<Mac> macs;

    /** @param demo whether the secret is the published demo secret of the sample site, which pages must say */
    public CheckCodes(byte[] secret, boolean demo) {
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.demo = demo;
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    public boolean demo() {
        return demo;
    }

    /**
     * Tells secrets apart without revealing them: an incremental build must redo every wage page when the secret
     * changed, since every check code did.
     */
    public String fingerprint() {
        return this == NONE ? "none" : HexFormat.of().formatHex(macs.get().doFinal(
                "gongshi: which secret made these check codes".getBytes(StandardCharsets.US_ASCII)));
    }

    /** The code for an ID number; a lower-case check letter x counts as X, as GB 11643 writes it. */
    public String of(String idNumber) {
        if (this == NONE) {
            throw new IllegalStateException("no check-code secret was read, yet a wage line is being published");
        }
        byte[] hash = macs.get().doFinal(idNumber.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        long bits = ((hash[0] & 0xFFL) << 24) | ((hash[1] & 0xFFL) << 16) | ((hash[2] & 0xFFL) << 8) | (hash[3] & 0xFFL);
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt((int) (bits >>> (32 - 5 * (i + 1))) & 31);
        }
        return new String(code);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

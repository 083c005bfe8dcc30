package org.gongshi.server.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * AES-256-GCM: what is sealed can be neither read nor altered without the key. Used for form tokens and
 * receipt cookies (which the browser carries) and for phone numbers at rest.
 */
public final class Sealer {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    /** Bound into every seal, so a value sealed for one purpose never opens as another. */
    private final byte[] purpose;

    Sealer(byte[] key, String purpose) {
        this.key = new SecretKeySpec(key, "AES");
        this.purpose = purpose.getBytes(StandardCharsets.UTF_8);
    }

    /** URL-safe Base64 without padding: fits a form field and a cookie as it is. */
    public String seal(byte[] plain) {
        byte[] iv = Keys.randomBytes(IV_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose);
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String seal(String plain) {
        return seal(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty for anything not sealed by this sealer: forged, altered, truncated or not Base64 at all. */
    public Optional<byte[]> open(String sealed) {
        byte[] in;
        try {
            in = Base64.getUrlDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(purpose);
            return Optional.of(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> openText(String sealed) {
        return open(sealed).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }
}

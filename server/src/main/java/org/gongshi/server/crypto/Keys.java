package org.gongshi.server.crypto;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The server's secrets, all derived from one random master key kept in a file outside the database, so
 * that a copy of the database alone reveals no phone number and lets no one test receipt codes. Servers
 * that share a PostgreSQL database must share this file.
 */
public final class Keys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] master;

    private Keys(byte[] master) {
        this.master = master;
    }

    /** Reads the key file, creating it (readable by its owner only) on first start. */
    public static Keys loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        byte[] master;
        try {
            master = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("密钥文件已损坏（不是 Base64）：" + file, e);
        }
        if (master.length != 32) {
            throw new IOException("密钥文件应含 32 字节密钥，实际 " + master.length + " 字节：" + file);
        }
        return new Keys(master);
    }

    /** A fixed key for tests. */
    public static Keys of(byte[] master) {
        return new Keys(master.clone());
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        byte[] key = randomBytes(32);
        Path temp = Files.createTempFile(parent, ".key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardOpenOption.SYNC);
        try {
            // Two servers starting at once on a fresh folder must end up with the same key.
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            // the other one won; use its key
        } finally {
            Files.delete(temp);
        }
    }

    /** Encrypts and authenticates values for one purpose; a value sealed for one cannot be opened by another. */
    public Sealer sealer(String purpose) {
        return new Sealer(derive("seal:" + purpose), purpose);
    }

    /** A keyed hash (HMAC-SHA256, hex) for one purpose: equal inputs give equal hashes, and only with the key. */
    public String hash(String purpose, String value) {
        return HexFormat.of().formatHex(hmac(derive("hash:" + purpose), value.getBytes(StandardCharsets.UTF_8)));
    }

    /** A plain SHA-256 (hex), for values that are already random and long. */
    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** {@code n} decimal digits, each drawn uniformly from the CSPRNG. */
    public static String randomDigits(int n) {
        StringBuilder digits = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            digits.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return digits.toString();
    }

    /** Constant-time comparison, for tokens a client sends back. */
    public static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] derive(String label) {
        return hmac(master, label.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

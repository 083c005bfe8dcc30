package org.gongshi.server.staff;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.gongshi.server.crypto.Keys;

import java.util.Base64;
import java.util.Optional;

/**
 * Staff passwords, stored only as Argon2id hashes (password4j) with OWASP's minimum parameters: 19 MiB of
 * memory, 2 passes, 1 lane. A hash is a PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}) that
 * names its own parameters, so hashes made before a future increase still verify.
 */
public final class Passwords {

    /** Shorter passwords are refused when an account is created. */
    public static final int MIN_LENGTH = 10;

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;

    /*
     * Built in code rather than from psw4j.properties, so the parameters are reviewed with the code. Used
     * this way (explicit function, explicit salt length) password4j reads none of its properties, so it has
     * no default to warn about; a missing properties file it reports at debug level only.
     */
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(
            MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);

    /** Checked against when the name is unknown, so that an unknown name takes as long as a wrong password. */
    private static final String DUMMY = hash(Base64.getEncoder().encodeToString(Keys.randomBytes(18)));

    private Passwords() {
    }

    public static String hash(String password) {
        return Password.hash(password).addSalt(Keys.randomBytes(SALT_BYTES)).with(ARGON2).getResult();
    }

    /**
     * @param stored the account's hash, or empty when there is no such account; either way this takes one
     *               Argon2 computation
     */
    public static boolean verify(String password, Optional<String> stored) {
        Optional<Argon2Function> function = stored.flatMap(Passwords::functionOf);
        if (function.isEmpty()) {
            Password.check(password, DUMMY).with(ARGON2);
            return false;
        }
        return Password.check(password, stored.get()).with(function.get());
    }

    /** Why a new password will not do, in words for the person choosing it; empty when it is fine. */
    public static Optional<String> weakness(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("密码至少需要 " + MIN_LENGTH + " 个字符（现在是 " + length + " 个）。");
        }
        return Optional.empty();
    }

    /** The parameters a stored hash was made with; empty for anything that is not an Argon2 hash. */
    private static Optional<Argon2Function> functionOf(String hash) {
        if (!hash.startsWith("$argon2")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Argon2Function.getInstanceFromHash(hash));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // a damaged hash; password4j's BadParametersException is an IllegalArgumentException too
            return Optional.empty();
        }
    }
}

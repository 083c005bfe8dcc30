package org.gongshi.server.staff;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {

    @Test
    void aHashIsArgon2idWithOwaspMinimumParameters() {
        String hash = Passwords.hash("青山县办公室2026");

        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(Passwords.hash("correct horse"), Passwords.hash("correct horse"));
    }

    @Test
    void onlyTheRightPasswordVerifies() {
        String hash = Passwords.hash("青山县办公室2026");

        assertTrue(Passwords.verify("青山县办公室2026", Optional.of(hash)));
        assertFalse(Passwords.verify("青山县办公室2025", Optional.of(hash)));
        assertFalse(Passwords.verify("", Optional.of(hash)));
    }

    @Test
    void anUnknownAccountOrADamagedHashNeverVerifies() {
        assertFalse(Passwords.verify("青山县办公室2026", Optional.empty()));
        assertFalse(Passwords.verify("青山县办公室2026", Optional.of("not a hash")));
        assertFalse(Passwords.verify("青山县办公室2026", Optional.of("$argon2id$v=19$m=oops")));
    }

    @Test
    void anUnknownAccountTakesAboutAsLongAsAWrongPassword() {
        String hash = Passwords.hash("青山县办公室2026");
        long wrong = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        // Interleaved, and the fastest of each: other work on the machine slows both alike or shows as outliers.
        for (int i = 0; i < 5; i++) {
            wrong = Math.min(wrong, nanos(() -> Passwords.verify("wrong password", Optional.of(hash))));
            unknown = Math.min(unknown, nanos(() -> Passwords.verify("wrong password", Optional.empty())));
        }

        // One Argon2 computation each; an answer without one would be a thousand times faster.
        assertTrue(unknown > wrong / 3 && unknown < wrong * 3, "wrong " + wrong + " ns, unknown " + unknown + " ns");
    }

    @Test
    void passwordsShorterThanTenCharactersAreWeak() {
        assertEquals(Optional.of("密码至少需要 10 个字符（现在是 9 个）。"), Passwords.weakness("123456789"));
        assertEquals(Optional.empty(), Passwords.weakness("一二三四五六七八九十"));
    }

    private static long nanos(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }
}

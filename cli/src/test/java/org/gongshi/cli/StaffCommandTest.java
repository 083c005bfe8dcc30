package org.gongshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.gongshi.server.staff.Passwords;
import org.gongshi.server.store.Database;
import org.gongshi.server.store.StaffStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongshi staff add}, run in-process as a script would run it: the password on standard input. */
class StaffCommandTest {

    static final String PASSWORD = "青山县办公室2026";

    /** Exit code plus everything printed. */
    record Run(int exit, String out, String err) {
    }

    private static synchronized Run run(String stdin, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Gongshi.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void addingAnAccountStoresAnArgon2HashThatVerifiesThePassword(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");

        Run add = run(PASSWORD + "\n", "staff", "add", "李科员", "--data", data.toString());

        assertEquals(0, add.exit(), add.err());
        assertEquals("已添加工作人员：李科员", add.out().strip());
        try (Database database = Database.open(Database.sqliteUrl(data))) {
            Optional<String> hash = new StaffStore(database).passwordHash("李科员");
            assertTrue(hash.orElseThrow().startsWith("$argon2id$"), hash.get());
            assertTrue(Passwords.verify(PASSWORD, hash));
            assertFalse(Passwords.verify(PASSWORD + "x", hash));
        }
    }

    @Test
    void aTakenNameExitsOneAndKeepsTheFirstPassword(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        assertEquals(0, run(PASSWORD + "\n", "staff", "add", "李科员", "--data", data.toString()).exit());

        Run again = run("另一个密码另一个密码\n", "staff", "add", "李科员", "--data", data.toString());

        assertEquals(1, again.exit());
        assertTrue(again.err().contains("用户名已存在"), again.err());
        try (Database database = Database.open(Database.sqliteUrl(data))) {
            assertTrue(Passwords.verify(PASSWORD, new StaffStore(database).passwordHash("李科员")));
        }
    }

    @Test
    void aShortOrMissingPasswordIsAUsageErrorAndAddsNoOne(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");

        Run shortOne = run("123456789\n", "staff", "add", "李科员", "--data", data.toString());
        Run none = run("", "staff", "add", "李科员", "--data", data.toString());

        assertEquals(2, shortOne.exit());
        assertTrue(shortOne.err().contains("密码至少需要 10 个字符"), shortOne.err());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("没有读到密码"), none.err());
        try (Database database = Database.open(Database.sqliteUrl(data))) {
            assertEquals(Optional.empty(), new StaffStore(database).passwordHash("李科员"));
        }
    }

    @Test
    void staffWithoutASubcommandShowsUsage() {
        Run bare = run("", "staff");

        assertEquals(2, bare.exit());
        assertTrue(bare.err().contains("add"), bare.err());
    }
}

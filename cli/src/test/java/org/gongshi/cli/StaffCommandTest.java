package org.gongshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void addingAnAccountStoresAnArgon2HashThatVerifiesThePassword(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");

        CliRun add = CliRun.withInput(PASSWORD + "\n", "staff", "add", "李科员", "--data", data.toString());

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
        assertEquals(0, CliRun.withInput(PASSWORD + "\n", "staff", "add", "李科员", "--data", data.toString()).exit());

        CliRun again = CliRun.withInput("另一个密码另一个密码\n", "staff", "add", "李科员", "--data", data.toString());

        assertEquals(1, again.exit());
        assertTrue(again.err().contains("用户名已存在"), again.err());
        try (Database database = Database.open(Database.sqliteUrl(data))) {
            assertTrue(Passwords.verify(PASSWORD, new StaffStore(database).passwordHash("李科员")));
        }
    }

    @Test
    void aShortOrMissingPasswordIsAUsageErrorAndAddsNoOne(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");

        CliRun shortOne = CliRun.withInput("123456789\n", "staff", "add", "李科员", "--data", data.toString());
        CliRun none = CliRun.withInput("", "staff", "add", "李科员", "--data", data.toString());

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
        CliRun bare = CliRun.withInput("", "staff");

        assertEquals(2, bare.exit());
        assertTrue(bare.err().contains("add"), bare.err());
    }
}
